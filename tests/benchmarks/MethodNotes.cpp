#include "tests/benchmarks/MethodNotes.h"

#include "tests/benchmarks/BenchOptions.h"
#include "tests/benchmarks/CertsBench.h"
#include "tests/benchmarks/KeysBench.h"
#include "tests/benchmarks/OpenBench.h"
#include "tests/benchmarks/SecretsBench.h"

namespace coffer::bench {

namespace {

QStringList certificateNotes(const BenchOptions &options)
{
    const QStringList lines {
            QStringLiteral("[certificates] rows: 1 for import/create (one certificate an operation), N for list."),
            QStringLiteral("  Rows without a goal after a goal's two sides are evidence: measured after them,"),
            QStringLiteral("  interleaved among themselves, %1 samples each.").arg(evidenceRepeat(options)),
            QStringLiteral("  Inputs made in-process with OpenSSL EVP/X509 (RSA-2048 keys, X.509 v3 with the"),
            QStringLiteral("  extensions Coffer's builder writes); import and create share one open vault (fresh"),
            QStringLiteral("  names per operation)."),
            QStringLiteral("  import: %1 per sample of one PFX: leaf RSA-2048 + intermediate + root (own keys),")
                    .arg(options.certOps),
            QStringLiteral("  written by core's writePfx (PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC, MAC SHA-256, %1")
                    .arg(kPfxIterations),
            QStringLiteral("  iterations) with a password. Coffer: importCertificate(name, {data, password}) (not"),
            QStringLiteral("  exportable: the default). Bare: d2i_PKCS12 + PKCS12_parse with the same password (MAC"),
            QStringLiteral("  check + PBKDF2 decryption of key and certificates), checked to read the leaf Coffer"),
            QStringLiteral("  stores; 'bare PKCS12_parse + BEGIN+INSERT+COMMIT' adds one audited write as in [keys]."),
            QStringLiteral("  goal: import >= %1 of parse + audited write; 'vs the bare parse alone': no goal.")
                    .arg(kCertImportGoal, 0, 'f', 1),
            QStringLiteral("  Evidence: core's parseCertificateFile alone; writePfx of the chain with a blank"),
            QStringLiteral("  password (the managed secret's value as addVersion makes it on import); the leaf key's"),
            QStringLiteral("  EVP_PKEY_check (how core's PKCS#12 reader checks the key: RSA primality tests); one"),
            QStringLiteral("  RS256 sign + verify with the same key (a cheaper proof that its parts belong together)."),
            QStringLiteral("  create: %1 per sample. Coffer: create(name, policy) with az's default policy (RSA-2048,")
                    .arg(options.certOps),
            QStringLiteral("  exportable, PKCS#12 secret, 12 months, issuer Self), subject/SAN/KU/EKU as the bare"),
            QStringLiteral("  side's, reuse_key off. Bare: EVP_PKEY_Q_keygen RSA-2048 + X509 v3 with the same"),
            QStringLiteral("  extensions + X509_sign (SHA-256). RSA key generation time varies a lot (random prime"),
            QStringLiteral("  search; median of %1 samples here = %2 x --repeat): the ratio moves by tens of per cent")
                    .arg(kCreateRepeatFactor * options.repeat)
                    .arg(kCreateRepeatFactor),
            QStringLiteral("  from run to run; the evidence rows below are steady. goal >= %1.")
                    .arg(kCertCreateGoal, 0, 'f', 1),
            QStringLiteral("  Evidence: renew of a certificate whose policy has reuse_key (create's work without the"),
            QStringLiteral("  key generation); X509_sign of the bare certificate with an existing key; writePfx of"),
            QStringLiteral("  key + certificate with a blank password (the managed secret of an exportable create)."),
            QStringLiteral("  list: a vault of its own with %1 distinct self-signed RSA-2048 leaves (%2 keys shared),")
                    .arg(options.certificates)
                    .arg(kCertKeyPool),
            QStringLiteral("  imported untimed through the store as DER (certificate only, PEM content type), then"),
            QStringLiteral("  closed and reopened as the list group's. Coffer: certificates().list(). Bare: same"),
            QStringLiteral("  file, same key: SELECT o.name, c.cer (objects JOIN versions JOIN certificate_versions,"),
            QStringLiteral("  list()'s WHERE and ORDER BY) prepared once; per row the name and d2i_X509 of the leaf."),
            QStringLiteral("  goal >= %1. Evidence: the bare scan + X509_self_signed(x, 1) per row (the signature")
                    .arg(kCertListGoal, 0, 'f', 1),
            QStringLiteral("  check core's details make for a self-signed leaf); list()'s own statement with every"),
            QStringLiteral("  column read + core's X509Certificate::fromDer per row (no access check, no audit); that"),
            QStringLiteral("  statement alone (every column read, nothing parsed)."),
    };
    return lines;
}

} // namespace

QStringList methodNotes(const BenchOptions &options, int droppedInfoLines)
{
    QStringList lines {
            QStringLiteral("Vaults are made through core (Vault::create, fastForTests Argon2) and filled by one"),
            QStringLiteral("SecretStore::setMany: names bench-secret-NNNNNNN, 100-byte values; then closed (WAL"),
            QStringLiteral("checkpointed). Files stay in the OS page cache; every group warms up before timing, and"),
            QStringLiteral(
                    "Coffer and bare samples are interleaved in rotating order. Bare = SQLCipher's C API on the"),
            QStringLiteral(
                    "same kind of file: sqlite3_open_v2 + sqlite3_key(x'<64 hex>', the master key unwrapped from"),
            QStringLiteral("the recovery keyslot by the bench) + PRAGMA cipher_page_size = 4096 + cache_size = -32768 "
                           "(as core)."),
            QStringLiteral("result: open rows = median / bare median (lower is better); secret and key rows = Coffer"),
            QStringLiteral("ops/s / bare ops/s (higher is better); rss rows = MB (10^6 bytes)."),
    };
    if (options.cacheKib > 0)
        lines << QStringLiteral(
                         "WHAT-IF: get and list ran with PRAGMA cache_size = -%1 (KiB) on both connections; core")
                         .arg(options.cacheKib)
              << QStringLiteral("  does not set it (SQLite's default: 2000 KiB per connection).");
    if (options.runs(QStringLiteral("open"))) {
        lines << QStringLiteral(
                "[open] Vault::open with the recovery key (one HKDF: the KDF is out of the measurement);")
              << QStringLiteral(
                         "  the passphrase row uses fastForTests Argon2. Bare: open+key+page size + one prepared")
              << QStringLiteral("  SELECT value FROM versions WHERE id = ? (3 warm-up rounds, closing untimed).")
              << QStringLiteral(
                         "  Core's log lines reach a handler that drops them (%1 dropped; with 0 the category is off).")
                         .arg(droppedInfoLines)
              << QStringLiteral("  goal: Vault::open <= %1 x bare.").arg(kOpenGoal, 0, 'f', 1);
        if (options.breakdown)
            lines << QStringLiteral("  --breakdown: the steps are calls of core's own functions in Vault::open's order")
                  << QStringLiteral("  (Database::open as one step); Vault::Private's glue (loadProperties, log line)")
                  << QStringLiteral("  is not replayed. 'unaccounted' = Vault::open - replay, round by round: it holds")
                  << QStringLiteral("  that glue, and grows if Vault::open gains work the replay lacks (drift check).");
    }
    if (options.runs(QStringLiteral("get")))
        lines << QStringLiteral("[get] %1 gets per sample of random names (fixed seed, same sequence both sides) over")
                         .arg(options.gets)
              << QStringLiteral("  %1 secrets; Coffer: SecretStore::get(name) on an open Vault, value returned (secure")
                         .arg(options.secrets)
              << QStringLiteral("  memory): one joined SELECT, objects by primary key (kind, name_key) -> versions by")
              << QStringLiteral("  rowid. Bare (the goal's limit): the same name in, one prepared SELECT v.value FROM")
              << QStringLiteral("  objects o JOIN versions v ON v.id = o.current_version WHERE o.kind = 0 AND")
              << QStringLiteral("  o.name_key = ? (lower-case key made untimed); per get bind, step, memcpy, reset.")
              << QStringLiteral("  Floor, no goal: SELECT value FROM versions WHERE id = ? with the row id known.")
              << QStringLiteral(
                         "  Audited-read limit, no goal: BEGIN IMMEDIATE, the same SELECT by name, one INSERT of a")
              << QStringLiteral(
                         "  300-byte record into a table with a time index, COMMIT (synchronous = NORMAL as core).")
              << QStringLiteral("  Each Coffer get also checks access and commits its audit record; the last row is")
              << QStringLiteral("  its rate against that limit.")
              << QStringLiteral("  All sides sum the value bytes, checked against the values set. goal >= %1.")
                         .arg(kSecretsRateGoal, 0, 'f', 1);
    if (options.runs(QStringLiteral("set")))
        lines << QStringLiteral("[set] %1 secrets per sample into a fresh vault (made and closed untimed). Coffer: one")
                         .arg(options.secrets)
              << QStringLiteral(
                         "  SecretStore::setMany (requests built untimed). Bare: a fresh vault made by core (same")
              << QStringLiteral(
                         "  schema, own key), synchronous = NORMAL as core, foreign_keys off (SQLite's default);")
              << QStringLiteral("  BEGIN IMMEDIATE; per secret 2 prepared INSERTs of the rows Coffer writes: objects")
              << QStringLiteral("  (kind, name_key, id, name, current_version) and versions (id, object_id, version,")
              << QStringLiteral("  enabled, nbf, exp, created, updated, content_type, tags, managed, value); ids, name")
              << QStringLiteral("  keys, version strings made untimed; COMMIT. 1 warm-up, %1 samples. goal >= %2.")
                         .arg(options.setRepeat)
                         .arg(kSecretsRateGoal, 0, 'f', 1);
    if (options.runs(QStringLiteral("list")))
        lines << QStringLiteral("[list] Coffer: SecretStore::list() -> QList<VersionInfo> (freeing it untimed). Bare:")
              << QStringLiteral("  ObjectStore::list()'s own statement (SELECT o.name, COFFER_VERSION_COLUMNS FROM")
              << QStringLiteral("  objects o JOIN versions v ON v.id = o.current_version WHERE o.kind = ? AND")
              << QStringLiteral(
                         "  o.deleted_at IS NULL ORDER BY o.name_key) prepared once; per sample bind, step every")
              << QStringLiteral("  row, read all 10 columns (texts: pointer+length; ints: int64; nbf/exp: type, then")
              << QStringLiteral("  int64 if not NULL). goal >= %1.").arg(kSecretsRateGoal, 0, 'f', 1);
    if (options.runs(QStringLiteral("rss")))
        lines << QStringLiteral(
                "[rss] a child (coffer-bench --measure-list-rss) opens the vault and lists it; VmHWM from")
              << QStringLiteral("  /proc/self/status (getrusage ru_maxrss as fallback). goal <= %1 MB.")
                         .arg(kListRssGoalBytes / 1e6, 0, 'f', 0);
    const bool keysSign = options.runs(QStringLiteral("keys-sign"));
    const bool keysHsm = options.runs(QStringLiteral("keys-hsm"));
    if (keysSign || keysHsm)
        lines << QStringLiteral("[keys] per sample %1 RS256 / %2 ES256 signatures over %3 fixed 32-byte digests, the")
                         .arg(signsPerSample(options.signs, true))
                         .arg(signsPerSample(options.signs, false))
                         .arg(kDigestCount)
              << QStringLiteral("  same on every side; each group has its own vault with 2 keys (made untimed).")
              << QStringLiteral("  Coffer: Vault::keys().sign(name, {}, alg, digest) on the open vault: access check,")
              << QStringLiteral("  key lookup, sign, and the KeySign audit record committed in the operation's own")
              << QStringLiteral("  write transaction. Same key, same run: before timing one signature per side is")
              << QStringLiteral("  checked (RS256: equal byte for byte; ES256: verifies with the key's public half).")
              << QStringLiteral("  'bare X + BEGIN+INSERT+COMMIT' = the bare sign inside BEGIN IMMEDIATE, one INSERT")
              << QStringLiteral("  of a 300-byte record into a scratch table with a time index in the same vault.db")
              << QStringLiteral("  (second connection, synchronous = NORMAL as core), COMMIT: the least an audited")
              << QStringLiteral("  sign costs (no access check, no key lookup, no record hash chain). 'vs the audited")
              << QStringLiteral("  limit' = Coffer's rate / that rate (no goal).");
    if (keysSign)
        lines << QStringLiteral("[keys-sign] software keys created exportable; the bare side's EVP_PKEY is the vault's")
              << QStringLiteral("  own key: exportPrivate() PEM read by PEM_read_bio_PrivateKey once, its public half")
              << QStringLiteral("  checked against the vault's. Bare: per signature EVP_PKEY_CTX_new_from_pkey,")
              << QStringLiteral("  sign_init, RSA_PKCS1_PADDING (RS256) + signature md SHA-256, one EVP_PKEY_sign into")
              << QStringLiteral("  a buffer sized once (ES256: DER out; Coffer adds the raw r||s conversion).")
              << QStringLiteral("  goals: RS256 >= %1, ES256 >= %2.")
                         .arg(kRsaSignGoal, 0, 'f', 1)
                         .arg(kEcSignGoal, 0, 'f', 1);
    if (keysHsm)
        lines << QStringLiteral("[keys-hsm] a fresh SoftHSM2 token in the bench folder (SOFTHSM2_CONF set before the")
              << QStringLiteral(
                         "  module loads; softhsm2-util --init-token), bound with Vault::hsm().bind; RSA-HSM 2048")
              << QStringLiteral("  and EC-HSM P-256 keys made on it. Bare: core's already-initialised module")
              << QStringLiteral("  (Pkcs11Module::load: one C_Initialize per process) and the bench's own calls: one")
              << QStringLiteral("  session, C_Login, the private key found once by CKA_ID; per signature C_SignInit +")
              << QStringLiteral("  C_Sign (CKM_RSA_PKCS over DigestInfo||digest; CKM_ECDSA). HsmToken::sign (no goal):")
              << QStringLiteral("  core/hsm alone, no vault (per signature: session pool, C_FindObjects, sign).")
              << QStringLiteral("  goal >= %1.").arg(kHsmSignGoal, 0, 'f', 1);
    if (options.runs(QStringLiteral("certificates")))
        lines << certificateNotes(options);
    return lines;
}

} // namespace coffer::bench
