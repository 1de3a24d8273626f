<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>coffer::app::Main</name>
    <message>
        <source>Coffer: a desktop key vault and its administration console.</source>
        <translation>Coffer: a desktop key vault and its administration console.</translation>
    </message>
    <message>
        <source>Lists the vault BUNDLE_DIR, selects it and asks to unlock it.</source>
        <translation>Lists the vault BUNDLE_DIR, selects it and asks to unlock it.</translation>
    </message>
    <message>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessHoldersModel</name>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessNames</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the permission model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List keyslots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a keyslot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a keyslot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List backup keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List principals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a credential to an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List role definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a role assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an access policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an access policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check effective access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a secret&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a secret&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a secret (new secret or new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a secret&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a secret&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deleted secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a deleted secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a deleted secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge a deleted secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a secret from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a key (public part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a key&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a key&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a key from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwrap a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a key when due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a key&apos;s rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a key&apos;s rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deleted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a deleted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a deleted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge a deleted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a certificate&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a certificate&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a certificate from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deleted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a deleted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a deleted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge a deleted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a certificate&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a certificate&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a pending certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a pending certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a pending certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read certificate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set certificate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certificate contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List certificate issuers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform all data plane operations on a key vault and all objects in it, including certificates, keys, and secrets. Cannot manage key vault resources or manage role assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read metadata of key vaults and its certificates, keys, and secrets. Cannot read sensitive values such as secret contents or key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform any action on the secrets of a key vault, except manage permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read secret contents including secret portion of a certificate with private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform any action on the keys of a key vault, except manage permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform cryptographic operations using keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read metadata of keys and perform wrap/unwrap operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform any action on the certificates of a key vault, excluding reading the secret and key portions, and managing permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read entire certificate contents including secret and key portion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage access to Azure Key Vault by adding or removing role assignments for the Key Vault Administrator, Key Vault Certificates Officer, Key Vault Crypto Officer, Key Vault Crypto Service Encryption User, Key Vault Crypto User, Key Vault Reader, Key Vault Secrets Officer, or Key Vault Secrets User roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage key vaults, but does not allow you to assign roles in Azure RBAC, and does not allow you to access secrets, keys, or certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants full access to manage all resources, including the ability to assign roles in Azure RBAC. In Coffer also the only role that manages principals and others&apos; keyslots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets you manage user access to Azure resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Management Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged Key Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation Policy Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Management Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged Secret Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Management Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged Certificate Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, Secret, &amp; Certificate Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp; Secret Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp; Certificate Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Data Lake Storage or Azure Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Online Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SharePoint Online Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Information BYOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Azure audit logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the audit log retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a certificate nears expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the due rotations, renewals and notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rotation and expiry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a secret when due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a secret&apos;s rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a secret&apos;s rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a secret nears expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a secret expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a key nears expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a key expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify that a certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessPolicyModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, with purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All except purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AccessText</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, via group %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access policy of group %1 grants %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its access policy grants %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it concerns the principal&apos;s own credentials or access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every principal of the vault may do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the access-policy permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1 is not on any access policy; this needs %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the access policy of %1 grants nothing on %2; this needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the access policy of %1 grants only %2 on %3; this needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No: %1 holds no role at %2 or above; this needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1 holds %2 here, which grants only %3 on %4; this needs %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1 holds %2 here, which does not grant this; it needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AppSettings</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditFiles</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditFilterState</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditHistogram</name>
    <message>
        <source>Operations per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditRecordModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditText</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>#%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported Azure log, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1, %2, signed by key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 filtered out, present as hashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed at record %1 (line %2 of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed at record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed at line %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: the file is not a valid audit export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new events from %2 (%3 read, %4 already imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records could not be read; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the newest records are not covered by a signed checkpoint yet; the vault signs one at the latest when it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::AuditTimelineData</name>
    <message>
        <source>vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateActions</name>
    <message>
        <source>A pending request has no certificate to renew yet: merge its signed certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is already pending: merge or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate has no policy to renew from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no certificate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported without a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is on the HSM and never leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s policy does not mark its key exportable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is pending for this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateChainLinks</name>
    <message>
        <source>This certificate of the chain cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next certificate up did not sign this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer is not in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateImportPreview</name>
    <message>
        <source>1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encrypted private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), no password: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX), no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM bundle: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: &apos;%1&apos; was valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: a certificate of the file is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid: &apos;%1&apos; is valid from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid: a certificate of the file is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain not verified: a signature in the chain does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain incomplete: the issuer &apos;%1&apos; of &apos;%2&apos; is not in the file; the chain is stored as far as it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain incomplete: the root is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak key: &apos;%1&apos; has a %2 key (under 112 bits of security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak key: a certificate of the file has a key under 112 bits of security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak signature: &apos;%1&apos; is signed with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak signature: a certificate is signed with SHA-1 or MD5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old encryption (RC2): the file was read with OpenSSL&apos;s legacy provider. Export it again with AES when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed: &apos;%1&apos; is its own issuer; only those who trust it directly will accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only (no managed key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: a PEM block &apos;%1&apos; that is neither a certificate nor a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: a PEM block that is neither a certificate nor a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate as leaf: &apos;%1&apos; is a certificate authority (CA:TRUE), not an end-entity certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key mismatch: the private key in the file belongs to none of its certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has a gap: the issuer &apos;%1&apos; of &apos;%2&apos; is missing from the file. Add the intermediate certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain has a gap: an intermediate certificate is missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrelated certificates: &apos;%1&apos; is not part of the chain of &apos;%2&apos;. Remove it from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrelated certificates: the file holds certificates that do not form one chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key: the vault holds RSA 2048–4096 and EC P-256, P-256K, P-384 and P-521 keys only. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is truncated: it ends before its content does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a certificate: the file is neither PEM, DER X.509 nor PKCS#12 (PFX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a private key but no certificate. Choose a file with the certificate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a certificate signing request (CSR), not a certificate. Import the certificate the CA signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds two private keys; a certificate has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is over 10 MiB: too large for a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is password-protected: go back and give its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password — try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a certificate: the file holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key found; it matches the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (incomplete: the issuer &apos;%2&apos; is not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (complete, signatures checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateListModel</name>
    <message>
        <source>%1 · new version pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common name (CN) of the certificate&apos;s subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common name (CN) of the certificate&apos;s issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-1 thumbprint (Azure&apos;s x509ThumbprintHex), shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s type and size, and where its private key is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateOperations</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate named &apos;%1&apos; exists: this makes a new version of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate request with this name is pending: merge or delete it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted certificate has this name: recover or purge it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named &apos;%1&apos; exists: a certificate needs the name for its key. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret named &apos;%1&apos; exists: a certificate needs the name for its secret. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted key has this name: purge it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted secret has this name: purge it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateRenewalText</name>
    <message>
        <source>1 certificate has expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates have expired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate expires within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates expire within %2 days: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate is due for its expiry notice to the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates are due for their expiry notice to the contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request created (merge the signed certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would notify the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1 has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: &apos;%2&apos; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1: a phone number holds digits, spaces and + - ( ) / . only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain incomplete: the root is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak signature (SHA-1 or MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old encryption (read with OpenSSL&apos;s legacy provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key: the certificate is stored public-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM block was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-repudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encipher only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decipher only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key usage extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed (Self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (a CSR signed by your CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2% of the lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 1 day before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password: %1. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s hardware security module (PKCS#11 token) cannot be used now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that it is connected and that its PIN was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::CertificateVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::Counts</name>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished">%1 days</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::DeletedItemsModel</name>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::DueActionScheduler</name>
    <message>
        <source>Could not read the schedule of due actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the due actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::EffectiveAccessModel</name>
    <message>
        <source>%1: needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::ErrorText</name>
    <message>
        <source>The value entered is not valid.</source>
        <translation>The value entered is not valid.</translation>
    </message>
    <message>
        <source>The vault folder, file or keyslot was not found.</source>
        <translation>The vault folder, file or keyslot was not found.</translation>
    </message>
    <message>
        <source>The name is already in use, or belongs to a deleted item that has not been purged yet.</source>
        <translation>The name is already in use, or belongs to a deleted item that has not been purged yet.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>You do not have permission to do this.</translation>
    </message>
    <message>
        <source>The credential is wrong: it does not unlock this vault.</source>
        <translation>The credential is wrong: it does not unlock this vault.</translation>
    </message>
    <message>
        <source>The vault database (vault.db) is damaged or truncated. Restore it from a backup.</source>
        <translation>The vault database (vault.db) is damaged or truncated. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault header (header.json) is damaged or was changed outside Coffer. Restore it from a backup of this vault.</source>
        <translation>The vault header (header.json) is damaged or was changed outside Coffer. Restore it from a backup of this vault.</translation>
    </message>
    <message>
        <source>The vault header (header.json) belongs to a different vault than the database (vault.db) in this folder.</source>
        <translation>The vault header (header.json) belongs to a different vault than the database (vault.db) in this folder.</translation>
    </message>
    <message>
        <source>The vault header (header.json) is an older copy than this vault expects: keyslots were changed since. Put back the current header.json.</source>
        <translation>The vault header (header.json) is an older copy than this vault expects: keyslots were changed since. Put back the current header.json.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Coffer. Open it with that version or a later one.</source>
        <translation>This vault was made by a newer version of Coffer. Open it with that version or a later one.</translation>
    </message>
    <message>
        <source>This folder is not a Coffer vault.</source>
        <translation>This folder is not a Coffer vault.</translation>
    </message>
    <message>
        <source>Part of the vault is missing (header.json or vault.db). Restore the missing file from a backup.</source>
        <translation>Part of the vault is missing (header.json or vault.db). Restore the missing file from a backup.</translation>
    </message>
    <message>
        <source>A vault or file with this name already exists there. Choose another name or folder.</source>
        <translation>A vault or file with this name already exists there. Choose another name or folder.</translation>
    </message>
    <message>
        <source>Reading or writing a file failed. Check the disk and the folder permissions.</source>
        <translation>Reading or writing a file failed. Check the disk and the folder permissions.</translation>
    </message>
    <message>
        <source>Another program is using this vault. Try again in a moment.</source>
        <translation>Another program is using this vault. Try again in a moment.</translation>
    </message>
    <message>
        <source>The vault folder is read-only. Coffer needs write access to it.</source>
        <translation>The vault folder is read-only. Coffer needs write access to it.</translation>
    </message>
    <message>
        <source>The hardware security module (PKCS#11 token) cannot be used. Check that it is connected.</source>
        <translation>The hardware security module (PKCS#11 token) cannot be used. Check that it is connected.</translation>
    </message>
    <message>
        <source>The OS keychain cannot be reached, is locked, or refused access.</source>
        <translation>The OS keychain cannot be reached, is locked, or refused access.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed.</source>
        <translation>A cryptographic operation failed.</translation>
    </message>
    <message>
        <source>The cryptographic self-tests failed. Coffer refuses to work with vaults on this system.</source>
        <translation>The cryptographic self-tests failed. Coffer refuses to work with vaults on this system.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>An internal error occurred in Coffer. Please report it.</source>
        <translation>An internal error occurred in Coffer. Please report it.</translation>
    </message>
    <message>
        <source>An unknown error occurred.</source>
        <translation>An unknown error occurred.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
        <source>This recovery key is well-formed but does not unlock this vault. It may belong to another vault.</source>
        <translation>This recovery key is well-formed but does not unlock this vault. It may belong to another vault.</translation>
    </message>
    <message>
        <source>The key stored in the OS keychain does not unlock this vault (it belongs to another copy).</source>
        <translation>The key stored in the OS keychain does not unlock this vault (it belongs to another copy).</translation>
    </message>
    <message>
        <source>The recovery key is mistyped: a character is wrong or missing (its checksum does not match). Compare each group with your saved copy.</source>
        <translation>The recovery key is mistyped: a character is wrong or missing (its checksum does not match). Compare each group with your saved copy.</translation>
    </message>
    <message>
        <source>The OS keychain holds no key for this vault.</source>
        <translation>The OS keychain holds no key for this vault.</translation>
    </message>
    <message>
        <source>The vault folder was not found. It may have been moved, renamed or deleted.</source>
        <translation>The vault folder was not found. It may have been moved, renamed or deleted.</translation>
    </message>
    <message>
        <source>A secret named %1 already exists. Select it and use New version to change its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the name of a deleted item that has not been purged yet, so it cannot be reused. Recover it in Manage deleted (and add a new version), or purge it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already has an item with the name in the backup (live or deleted). Delete and purge it first, or restore into another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be recovered: an item of that name exists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of %1 is disabled, and a disabled version cannot be read. Enable it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be purged yet: purge protection is on for this vault, so deleted items are kept until their scheduled purge date. It can still be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault does not hold the backup key the file was sealed with. Import the backup key of the vault that made the backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the deleted list: another program may have recovered or purged it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists: another program may have deleted it. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Coffer backup of a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client secret does not unlock this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private key does not belong to a certificate credential of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to do this: it needs %1. Ask someone who manages access to this vault for a role that grants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would leave nobody able to manage access to this vault. Give another user or application the Owner or User Access Administrator role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A principal named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this role at this scope already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of this group already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists: another program may have changed access control. The lists were refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 1 to 64 characters: letters, digits, spaces and . _ - @. A new user also needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups contain users and applications only; groups do not nest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot delete the principal you are signed in as; another principal must do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::ExpiryHeatmapData</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list these objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing expires or rotates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expire within %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::HsmSettingsModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p11-kit lists no PKCS#11 module on this machine: choose the module file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module offers no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is correct: the token accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is bound to the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is no longer bound to a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the token to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a token of the module first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token&apos;s user PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds HSM keys on token &apos;%1&apos;: it cannot move to another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is bound yet: Bind checks the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s status is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds 1 HSM key version on this token: purge it before unbinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds %1 HSM key versions on this token: purge them before unbinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind this vault to token &apos;%1&apos; of module %2? New HSM keys are generated on it, and the vault records the token&apos;s label and serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the binding to token &apos;%1&apos; (serial %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not initialised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the vault has no HSM binding. Software keys work without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (PIN in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (objects of purged keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN: the token refused it. Check the user PIN (not the SO PIN); tokens lock after a few wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault still holds HSM keys on this token: purge them before unbinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault holds HSM keys on another token: it cannot be bound to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot serve this vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 modules found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token status was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned objects on the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust this module, so its tokens are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now trusts the PKCS#11 module %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault names the PKCS#11 module %1, which this computer does not trust. A module runs inside Coffer with your rights and sees the token PIN. Trust it only if you know where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the PKCS#11 module %1? Coffer then loads it for every vault that names it, with your rights, and gives it the token PIN. Do this only if you installed the module or know where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the token&apos;s module: trust it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer trusts the module already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: it is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module could not be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyActions</name>
    <message>
        <source>The vault&apos;s HSM settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKCS#11 token is bound to this vault. Bind one in the vault&apos;s Properties (or with coffer-cli vault hsm bind) to create HSM keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token %1 (serial %2) is not present. Connect it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN of token %1 has not been given in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyText</name>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric (oct, AES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software key: the key material is kept encrypted in the vault database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM key: generated on the PKCS#11 token with serial %1; the private key never leaves the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM key: imported onto the PKCS#11 token with serial %1; the private key cannot be read back from the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwrap key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password: the password does not decrypt this PEM file. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN: the token refused it. Check the PIN and try again (tokens lock after several wrong tries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s hardware security module (PKCS#11 token) cannot be used now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that it is connected and that its PIN was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named %1 already exists. Select it and use Rotate now for new key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a key Coffer can import (PEM, DER or JWK with the private key): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Coffer backup of a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key&apos;s private part cannot be exported: it is not marked exportable or it is an HSM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::KeysModel</name>
    <message>
        <source>Software (in the vault database) or HSM (on the vault&apos;s PKCS#11 token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations the key permits (key_ops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many versions the key has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Size/curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::KeyslotListModel</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS keychain</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::NotificationModel</name>
    <message>
        <source>Near expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3, version %4, recorded %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::ObjectActions</name>
    <message>
        <source>Purge protection is on for this vault: nobody can purge this item before its scheduled purge date (%1). It will be purged automatically then; until then it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::PasswordStrength</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>This is one of the most commonly used passwords.</source>
        <translation>This is one of the most commonly used passwords.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; several unrelated words work well.</source>
        <translation>Use at least %1 characters; several unrelated words work well.</translation>
    </message>
    <message>
        <source>Avoid repeated characters.</source>
        <translation>Avoid repeated characters.</translation>
    </message>
    <message>
        <source>Avoid sequences such as &quot;abc&quot; or &quot;123&quot;.</source>
        <translation>Avoid sequences such as &quot;abc&quot; or &quot;123&quot;.</translation>
    </message>
    <message>
        <source>Mix in upper-case letters, digits or symbols, or make it longer.</source>
        <translation>Mix in upper-case letters, digits or symbols, or make it longer.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>coffer::models::PrincipalListModel</name>
    <message>
        <source>No members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you); id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Members / groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
</context>
<context>
    <name>coffer::models::PropertiesModel</name>
    <message>
        <source>Role-based access control (RBAC)</source>
        <translation>Role-based access control (RBAC)</translation>
    </message>
    <message>
        <source>Vault access policy</source>
        <translation>Vault access policy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vault ID</source>
        <translation>Vault ID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Soft-delete retention</source>
        <translation>Soft-delete retention</translation>
    </message>
    <message>
        <source>Purge protection</source>
        <translation>Purge protection</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Permission model</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Recovery level</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>On (cannot be turned off)</source>
        <translation>On (cannot be turned off)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Format %1, schema %2</source>
        <translation>Format %1, schema %2</translation>
    </message>
    <message>
        <source>Deleted secrets, keys and certificates can be recovered for this many days. Fixed when the vault was created.</source>
        <translation>Deleted secrets, keys and certificates can be recovered for this many days. Fixed when the vault was created.</translation>
    </message>
    <message>
        <source>When on, nobody can purge a deleted item before its retention period ends.</source>
        <translation>When on, nobody can purge a deleted item before its retention period ends.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>coffer::models::RoleAssignmentModel</name>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::RotationPolicyForm</name>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which the form cannot show in days, months or years; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has more than one Rotate action; the form shows the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has more than one Notify action; the form shows the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Notify action has a time after creation, which Azure does not allow; saving replaces it with a time before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time of new versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid policy value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action needs exactly one time: after creation or before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification can only be sent a time before expiry, not after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy has at most one Rotate and one Notify action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate at least 7 days after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time before expiry must be at least 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating before expiry needs an expiry time for new versions: set &quot;New versions expire after&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time before expiry must be at least 7 days shorter than the expiry time of new versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy breaks a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is chosen: the default policy applies (notify %1 before expiry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is chosen: the default policy applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not rotate this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version has no expiry date, so a rotation before expiry is not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions must be valid for at least 28 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::ScheduleModel</name>
    <message>
        <source>nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::ScheduleOperations</name>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated %1 %2 (new version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed %1 %2 (new version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested a new version of %1 %2: its certificate signing request waits for the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-expiry notice for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired notice for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rotate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would renew %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record a notice for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for their CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified (near expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SearchIndex</name>
    <message>
        <source>tag %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumbprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternative name %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SearchModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretListModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within a day (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretRotationForm</name>
    <message>
        <source>Rotating makes a new value, so it needs a generator: tick &quot;Generate a new value when rotating&quot; and choose how it is made, or notify only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid generator value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A generated password has %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols are printable ASCII characters other than letters, digits and space, each listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving out ambiguous characters leaves a chosen kind of character empty: add symbols or allow ambiguous characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random values have %1 to %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy breaks a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy does not rotate this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current version has no expiry date, so a rotation before expiry is not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate: the generator is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 bits of entropy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generator: the policy can only notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 random bytes, %2-encoded (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbols %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without ambiguous characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretRotationOperations</name>
    <message>
        <source>%1 was not rotated: its rotation policy has no generator, so there is no way to make a new value. Open Rotation policy…, choose how new values are generated, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation policy of %1 was refused: %2. Correct it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::SecretVersionsModel</name>
    <message>
        <source>(current) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::TimeFormat</name>
    <message>
        <source>purge due (at the next unlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged in %1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::TimelineTicks</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished">%1 days</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultListModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Pinned to the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultNameHint</name>
    <message>
        <source>3 to 24 characters: letters, digits and dashes. Start with a letter, end with a letter or digit, and do not use two dashes in a row.</source>
        <translation>3 to 24 characters: letters, digits and dashes. Start with a letter, end with a letter or digit, and do not use two dashes in a row.</translation>
    </message>
    <message>
        <source>Enter a name for the vault.</source>
        <translation>Enter a name for the vault.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed: use only letters a–z, A–Z, digits and dashes.</source>
        <translation>&quot;%1&quot; is not allowed: use only letters a–z, A–Z, digits and dashes.</translation>
    </message>
    <message>
        <source>The name must start with a letter.</source>
        <translation>The name must start with a letter.</translation>
    </message>
    <message>
        <source>The name is too short: at least 3 characters.</source>
        <translation>The name is too short: at least 3 characters.</translation>
    </message>
    <message>
        <source>The name is too long: at most 24 characters (now %1).</source>
        <translation>The name is too long: at most 24 characters (now %1).</translation>
    </message>
    <message>
        <source>The name must end with a letter or digit.</source>
        <translation>The name must end with a letter or digit.</translation>
    </message>
    <message>
        <source>The name must not contain two dashes in a row.</source>
        <translation>The name must not contain two dashes in a row.</translation>
    </message>
</context>
<context>
    <name>coffer::models::VaultOverview</name>
    <message>
        <source>Expired: %1. Whatever uses them fails now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew them, or delete the ones no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version, or delete the ones no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1 whose rotation or renewal was due and has not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the due actions on the Rotation &amp; expiry page, or check why the last run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew them before they expire, or let their policy renew them automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate them, or give them a rotation policy that does it on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection is off: anyone allowed to purge can destroy deleted objects for good before their %1 retention ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on (it can never be turned off again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation policy: %1. They are never rotated unless someone remembers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never rotated: %1 with one version, older than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new value, or give them a rotation policy with a generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All enabled and valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, … and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each a rotation policy: on the Keys page, the key&apos;s Rotation policy tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessCheckPanel</name>
    <message>
        <source>&amp;Check access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2: %3 of %4 operations allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPage</name>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission model: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments decide who may do what, down to single objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policies decide data operations for the whole vault; managing access itself still uses roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to access policies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to RBAC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to the vault access policy permission model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policies then decide every operation on secrets, keys and certificates; role assignments stop counting for them (they stay stored and count again if you switch back). Managing access itself (principals, roles, policies) stays with roles, as in Azure. Principals without an access policy lose their data access at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to Azure role-based access control (RBAC)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments then decide every operation; access policies stop counting (they stay stored and count again if you switch back). Principals without a role assignment lose their data access at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Permission Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses access policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses role-based access control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPoliciesPanel</name>
    <message>
        <source>&amp;Add access policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Access Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the access policy of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses every key, secret and certificate permission it granted at once, unless a group&apos;s policy grants them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access policy of %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AccessPolicyDialog</name>
    <message>
        <source>Edit Access Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Access Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge is never granted implicitly: no template and no &quot;all&quot; includes it (as in Azure). Tick it on its own where deleted items must be destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Azure logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the filtered records to a JSON Lines file that can be verified offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the hash chain of the vault&apos;s log and check every signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an exported audit file, without any vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review an Azure Key Vault&apos;s AuditEvent logs (read-only) in the same timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <source>Records older than this are pruned when the vault is opened; a signed anchor keeps the rest verifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Audit Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit exports (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Azure Audit Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Key Vault logs (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure log could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune audit records older than %1 each time the vault is opened? Pruned records are gone for good; a signed anchor keeps the remaining log verifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is now kept forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records older than %1 will be pruned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditDetailsPane</name>
    <message>
        <source>Select an event on the timeline or a record in the table to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditFileCheckDialog</name>
    <message>
        <source>Verify Audit Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is checked on its own: its header and every checkpoint must be signed by the key it names, and every record must chain to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2: %3 in full, %4 filtered out (hashes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its own key: compare the key id with the one Verify shows on the vault&apos;s Audit page to know that the file comes from that vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditFilterBar</name>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditHistogramView</name>
    <message>
        <source>Operations per day: no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (Azure)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditPage</name>
    <message>
        <source>Show &amp;imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported Azure events are drawn hollow, in lanes of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read the audit log of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditors usually hold Key Vault Reader; owners and administrators may read it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the timeline shows the newest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 imported Azure events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · 0: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::AuditTimeline</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in to see them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit records match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this part of the timeline. Press Home or End to go to the oldest or newest, or 0 to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Imported from Azure (read-only, not part of this vault&apos;s signed log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse wheel or +/− zooms around the pointer, dragging or ←/→ pans, Home and End go to the oldest and newest event, 0 shows everything. Click an event to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateContactsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the &quot;Email contacts&quot; lifetime action notifies when a certificate of this vault nears its expiry. The list is the vault&apos;s, for every certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateDetailsPane</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (select one to show it in every tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy (Azure&apos;s JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate yet: the request waits for the signed certificate (see the Request tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x5t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (stored without a private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (HSM key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid until %3
SHA-1 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ signed by the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ self-signed root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — issuer not in this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ chain incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is complete: every link verifies up to a self-signed root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is incomplete: the issuer &apos;%1&apos; is not in this vault. Clients need it from elsewhere to trust this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse key on renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is pending for this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the CSR below signed by your CA, then use Merge signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR of %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve CSR…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateExportDialog</name>
    <message>
        <source>PFX / PKCS#12 (.pfx), protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (.pem): certificate chain and unencrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compatible encryption (3DES, SHA-1) for old Windows and Java</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 with Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the private key of %1. Keep it safe; anyone with the file (and its password) can act as this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password the PFX is readable by anyone (Azure&apos;s blank password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files hold the private key unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.pfx *.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatePolicyJsonDialog</name>
    <message>
        <source>Certificate Policy (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure&apos;s certificate policy. It applies to the versions made from now on; dates and the key of existing versions stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatePropertiesDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled version cannot be downloaded or used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse the key on renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xportable (the managed secret holds the private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2
The certificate&apos;s own dates: they cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for the next versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the HSM never leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a self-signed certificate can renew itself offline; others need a CSR signed by their CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more lifetime action is kept: %1. Edit as JSON to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lifetime actions are kept. Edit as JSON to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1
Subject: %2
Subject alternative names: %3
Key usage: %4
Extended key usage: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificateRenewalsDialog</name>
    <message>
        <source>&amp;Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due now: nothing changes until you run it. Self-signed certificates with &quot;Renew automatically&quot; get a new version; &quot;Email contacts&quot; notifies the vault&apos;s contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the due renewals and notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due renewals could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. What happened to each certificate that was due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CertificatesPage</name>
    <message>
        <source>1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, subject, thumbprint, tag, rsa, ec, hsm, pending, or enabled, disabled, expired, expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download with private &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge signed certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate (CER/DER or PEM), without its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the certificate with its private key (PFX or PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version from the certificate&apos;s policy now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is made from the certificate&apos;s policy (%1) and becomes current. Older versions stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key and CSR are made from the certificate&apos;s policy. The current version stays in use until you merge the certificate your CA signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 renewed: version %2 is now current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: a new CSR is ready; merge the signed certificate to complete the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificate (*.cer *.der);;PEM certificate (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 with its private key saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed certificate merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the pending request for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the certificate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is soft: the certificate, all its versions and its managed key and secret move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 deleted (recoverable until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download CS&amp;R…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete requ&amp;est…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is d&amp;ue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run due rene&amp;wals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the pending request: it stays, marked cancelled, and can no longer be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending request and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the due renewals and expiry notices would do now (nothing changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificates that renew automatically and notify the contacts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the expiry notices of this vault&apos;s certificates are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request stays, marked cancelled: a certificate signed from its CSR can no longer be merged. Delete the request afterwards to remove it and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pending request for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request and its private key are destroyed for good: a certificate signed from its CSR can never be merged. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 and its key were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Certificate Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate contact saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate contacts saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the due renewals and expiry notices now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificates whose lifetime action says &quot;Renew automatically&quot; get a new version; for &quot;Email contacts&quot; the vault&apos;s contacts are notified once per version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Due Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every certificate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only these certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ClientSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copy</translation>
    </message>
    <message>
        <source>I have stored the client secret where the application can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is its client secret. It is shown now and never again: Coffer keeps only a key derived from it. The application opens the vault with it (coffer-cli --client-secret-file FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CommandPalette</name>
    <message>
        <source>Search and Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a secret, key, certificate or command: name, tag, subject, thumbprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be searched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Only unlocked vaults are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 results; type more to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CreateCertificateWizard</name>
    <message>
        <source>Create Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the certificate, and choose who signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-signed: Coffer signs the certificate with its own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by your &amp;CA: Coffer makes the key and a CSR; you merge the signed certificate later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is a distinguished name (CN=www.example.com, O=Example). Browsers check the alternative names: add every DNS name the certificate serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <source>&amp;Add name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject needs a common name (CN=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s key pair. HSM keys are made on the vault&apos;s PKCS#11 token and never leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the vault&apos;s &amp;HSM (PKCS#11 token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exportable: the private key may be downloaded (PFX/PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse the key on renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX / PKCS#12 (application/x-pkcs12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (application/x-pem-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate may be used for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Other EKU OIDs, comma separated (e.g. 1.3.6.1.5.5.7.3.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity and lifetime action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each version is valid, and what happens as it nears its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the vault&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew automatically (self-signed only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a share of the &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate policy, as Azure writes it. You may edit the JSON; it is checked with Azure&apos;s rules before anything is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save CSR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PKCS#11 token is bound to this vault. Bind one in the vault&apos;s Properties to make HSM keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of an HSM certificate never leaves the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OID (dotted numbers such as 1.3.6.1.5.5.7.3.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one key usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy is not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy asks for an HSM key, but no PKCS#11 token is bound to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key and signing the certificate %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the key and the CSR for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 created.

Subject: %2
Valid until: %3
Thumbprint (SHA-1): %4
Managed key: %5
Managed secret: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR ready for %1.

Have it signed by your CA (subject %2), then select the certificate and use Merge signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing requests (*.csr *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Coffer derives the passphrase key and writes the new vault. Please wait.</source>
        <translation>Coffer derives the passphrase key and writes the new vault. Please wait.</translation>
    </message>
    <message>
        <source>Vault: %1
Folder: %2
Soft-delete retention: %3 days
Purge protection: %4</source>
        <translation>Vault: %1
Folder: %2
Soft-delete retention: %3 days
Purge protection: %4</translation>
    </message>
    <message>
        <source>on (permanent)</source>
        <translation>on (permanent)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>The vault was not created. Go back to change your choices.</source>
        <translation>The vault was not created. Go back to change your choices.</translation>
    </message>
    <message>
        <source>The vault was created.</source>
        <translation>The vault was created.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::DeletedPage</name>
    <message>
        <source>Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted items are kept for %1 after deletion and can be recovered until then; then they are purged for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection is on: nobody can purge an item before its scheduled purge date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging destroys an item at once; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the selected item for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1 (%2) permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is irreversible: %1 and all its versions are destroyed and can never be recovered, not even from this vault&apos;s history. Only a backup file could bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ExpiryHeatmap</name>
    <message>
        <source>Expiry and rotation heatmap, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::GeneratorDialog</name>
    <message>
        <source>&amp;Lower case (a–z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upper case (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbols (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avoid look-alikes (0 O 1 l I | ` &apos; &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitali&amp;ze words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a di&amp;git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copy</translation>
    </message>
    <message>
        <source>Generate a Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot (.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underscore (_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words drawn at random from a list of %1; easier to type and remember than a password of the same strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passp&amp;hrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new value with the same settings (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after the time set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;This Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: a %1-character password (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: a %1-word passphrase (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::HsmSettingsPanel</name>
    <message>
        <source>Hardware security module (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the PIN in the system keychain, so that the token opens without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module to list its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This module offers no token. Initialise one with the token&apos;s own tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault to see its HSM binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the bound token with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token and the PIN, then record the binding in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the binding from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the binding to token &apos;%1&apos; (serial %2)? The token and its objects stay as they are; new HSM keys need a token bound again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Coffer load this module for your user on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tru&amp;st this module…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportCertificateWizard</name>
    <message>
        <source>Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files (*.pfx *.p12 *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1): certificate files are at most 10 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: certificate files are at most 10 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with other work. Wait for it to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is taken: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportFilePage</name>
    <message>
        <source>Drop a certificate file here: PKCS#12 (.pfx, .p12), a PEM bundle (certificate, private key and chain in any order) or a DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing is stored until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportOptionsPage</name>
    <message>
        <source>Key protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Software (encrypted in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HSM (the vault&apos;s token; never exportable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xportable (the managed secret holds the private key; it can be downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the certificate is stored. Its dates, subject and key come from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a self-signed certificate can renew itself offline; others need a CSR signed by their CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the HSM never leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new certificate, with a managed key and secret of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key or secret is named %1: a certificate needs the name for its own key and secret. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted object is named %1: recover or purge it first, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names use letters, digits and hyphens (1–127 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportPasswordPage</name>
    <message>
        <source>Files from older tools (RC2 encryption) are read with OpenSSL&apos;s legacy provider, in isolation; the preview says when that was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected by a password. It is used to read the file and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy or locked; the password cannot be checked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password — try again (or the file is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password — try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportPreviewPage</name>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds, leaf first. Check it before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy or locked; the file cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate, its managed key and its managed secret are written together, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… (a key going to the HSM can take a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. Go back to change the options, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ImportSummaryPage</name>
    <message>
        <source>&amp;Show certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key id (kid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret id (sid):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint (x5t):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings kept with the certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (PFX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate with a chain of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no managed key (certificate only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a managed key on the HSM (not exportable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a managed key in the vault, exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a managed key in the vault, not exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, and a managed secret (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyCreateDialog</name>
    <message>
        <source>E&amp;xportable (the private key may be downloaded later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled key cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set expiration &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Manage deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and dashes, e.g. payments-signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze/curve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named %1 already exists. Select it and use Rotate now for new key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private part of an HSM key never leaves the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one operation the key permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a %1 key %2; this can take a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of type %1 cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyDetailsPane</name>
    <message>
        <source>&amp;Edit properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished">&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubjectPublicKeyInfo, PEM encoded (what openssl reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Key with Azure&apos;s fields (kid, kty, key_ops, n, e, crv, x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (select one to show it in every tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <source>Size/curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (HSM key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>An oct (AES) key has no public half; its JWK holds kid, kty and key_ops only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symmetric key: nothing secret is shown; the key material never leaves the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public half of version %1. The private key is never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key of %1 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK (*.jwk *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (*.pem);;DER (*.der);;JWK (*.jwk *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Public Key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key of %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1 version %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyImportDialog</name>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PEM (needs its password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a key file here (PEM, DER or JWK), or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default operations (the JWK&apos;s key_ops, or all the key type supports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xportable (the private key may be downloaded later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.pem *.key *.der *.jwk *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is encrypted: enter its password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyPropertiesDialog</name>
    <message>
        <source>&amp;Enabled (a disabled key cannot be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set expiration &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Properties — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HSM key&apos;s operations can only be narrowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one operation the key permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of type %1 cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyProtectionChooser</name>
    <message>
        <source>&amp;Software (in the encrypted vault database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HSM (generated on the vault&apos;s PKCS#11 token; never leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1 (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in to token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with background work (a scheduled rotation, an import, …); the HSM option is checked again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeyTryPanel</name>
    <message>
        <source>Si&amp;gnature (base64):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IV (base64):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag (base64):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify this signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecrypt this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1 (current version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is disabled: every operation is refused until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM key: the private-key operations run on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key allows no operation that can be tried here (its key_ops: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data to sign (hashed first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data that was signed (hashed first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plaintext:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ciphertext:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key to wrap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrapped key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is hashed with %1; the %2-byte digest is what the key signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes at most %2 of plaintext with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nwrap this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not hex: use pairs of the digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a key and an operation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digest (hex): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the signature to check, in base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the IV and the tag that encryption returned, in base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the input first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signature (base64) by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid: the signature matches this data and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Invalid: the signature does not match this data and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ciphertext (base64) by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrapped key (base64) by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV: %1  Tag: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted (binary, hex; %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared after %1, when another key is chosen, or when the vault locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key version is disabled: it cannot %1. Enable it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key version expired on %1: it can no longer sign, encrypt or wrap (verify, decrypt and unwrap still work).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key version is not valid before %1: it cannot sign, encrypt or wrap yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not allow %1: its operations are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input does not fit this key and algorithm: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption failed: the input was not made by this key version with this algorithm, or it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted value copied; the clipboard is cleared in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::KeysPage</name>
    <message>
        <source>1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, tag, rsa, ec, oct, hsm, p-256, sign, or enabled, disabled, expired, expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with new key material now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the key %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version with new key material is made (%1 %2, the same operations and protection) and becomes the current version. Older versions stay: what they signed still verifies and what they encrypted can still be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating %1: making new key material…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 rotated: version %2 is now current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is soft: the key and all its versions move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be reused, and nothing can be signed, verified, encrypted or decrypted with the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 deleted (recoverable until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Key Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::LockedPage</name>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Unlocking: deriving the vault key…</source>
        <translation>Unlocking: deriving the vault key…</translation>
    </message>
    <message>
        <source>This vault is locked. Its contents are encrypted and no key is in memory.</source>
        <translation>This vault is locked. Its contents are encrypted and no key is in memory.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::MainWindow</name>
    <message>
        <source>Coffer</source>
        <translation>Coffer</translation>
    </message>
    <message>
        <source>Select a vault on the left, create a new vault, or open an existing NAME.coffer folder.</source>
        <translation>Select a vault on the left, create a new vault, or open an existing NAME.coffer folder.</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Vaults</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;New Vault…</source>
        <translation>&amp;New Vault…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>&amp;Open Vault…</source>
        <translation>&amp;Open Vault…</translation>
    </message>
    <message>
        <source>Add an existing NAME.coffer folder to the list</source>
        <translation>Add an existing NAME.coffer folder to the list</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock &amp;All</source>
        <translation>Lock &amp;All</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Remove from List</translation>
    </message>
    <message>
        <source>Forget this vault in the list; its folder stays on disk</source>
        <translation>Forget this vault in the list; its folder stays on disk</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Open Vault</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Vault %1 added to the list</source>
        <translation>Vault %1 added to the list</translation>
    </message>
    <message>
        <source>Open Vault (choose a NAME.coffer folder)</source>
        <translation>Open Vault (choose a NAME.coffer folder)</translation>
    </message>
    <message>
        <source>Vault %1 created and unlocked</source>
        <translation>Vault %1 created and unlocked</translation>
    </message>
    <message>
        <source>Vault %1 unlocked</source>
        <translation>Vault %1 unlocked</translation>
    </message>
    <message>
        <source>Vault %1 locked</source>
        <translation>Vault %1 locked</translation>
    </message>
    <message>
        <source>All vaults locked</source>
        <translation>All vaults locked</translation>
    </message>
    <message>
        <source>All vaults were locked after %1 min without input</source>
        <translation>All vaults were locked after %1 min without input</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Remove from List</translation>
    </message>
    <message>
        <source>Remove the vault %1 from the list?

The folder %2 stays on disk; you can open it again later.</source>
        <translation>Remove the vault %1 from the list?

The folder %2 stays on disk; you can open it again later.</translation>
    </message>
    <message>
        <source>Vault %1 removed from the list</source>
        <translation>Vault %1 removed from the list</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1 unlocked. Deleted items whose retention had ended were purged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;Audit Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an exported audit log offline, without opening any vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Audit Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit exports (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search and Commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command, or a secret, key or certificate in any unlocked vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a random password or passphrase and copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this vault at the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to Coffer? The demo vault holds sample secrets, keys and a certificate to explore; its passphrase is %1. Keep real secrets out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault with sample objects to explore (made on first use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault&apos;s passphrase is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault was made, but its sample objects could not all be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault created in %1. %2 Keep real secrets out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::MergeCertificateDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Signed Certificate into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the signed certificate here, or Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 (subject %2) waits for the certificate your CA signed from its CSR. Give the file the CA returned: PEM (with or without its chain) or DER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 certificate in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — issued by %2, valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not complete this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled: delete it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 10 MiB: it is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::NamePage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Name and location</source>
        <translation>Name and location</translation>
    </message>
    <message>
        <source>A vault is a folder NAME.coffer holding an encrypted database and its header.</source>
        <translation>A vault is a folder NAME.coffer holding an encrypted database and its header.</translation>
    </message>
    <message>
        <source>e.g. payments-prod</source>
        <translation>e.g. payments-prod</translation>
    </message>
    <message>
        <source>Vault &amp;name:</source>
        <translation>Vault &amp;name:</translation>
    </message>
    <message>
        <source>Create in &amp;folder:</source>
        <translation>Create in &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>The owner is the first user of the vault; the passphrase you choose next unlocks the vault as this user.</source>
        <translation>The owner is the first user of the vault; the passphrase you choose next unlocks the vault as this user.</translation>
    </message>
    <message>
        <source>Folder for the New Vault</source>
        <translation>Folder for the New Vault</translation>
    </message>
    <message>
        <source>✓ Valid name. %1</source>
        <translation>✓ Valid name. %1</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose an existing folder.</source>
        <translation>The folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or folder.</source>
        <translation>%1 already exists. Choose another name or folder.</translation>
    </message>
    <message>
        <source>The vault will be created as %1</source>
        <translation>The vault will be created as %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::NewPrincipalDialog</name>
    <message>
        <source>Deriving the new user&apos;s key; this takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user unlocks the vault with a passphrase of their own (a keyslot of their own) and then acts with the roles or access policy given to them. A new user holds no access yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application (a script, a service) opens the vault with a generated client secret, shown once after creation. It holds no access until you give it a role or an access policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and access policies given to a group apply to each of its members. Groups contain users and applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::NewVaultWizard</name>
    <message>
        <source>New Vault</source>
        <translation>New Vault</translation>
    </message>
</context>
<context>
    <name>coffer::ui::OverviewPage</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn On &amp;Purge Protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbid purging deleted objects before their retention ends; this can never be undone, as in Azure Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest changes, value reads and refusals; listings are left out. The Audit page shows every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with background work; the overview is read again when it is done (or press F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this vault&apos;s schedule, so there is no overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft-deleted objects you can recover or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list deleted objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warnings: purge protection is on, nothing is expired or overdue, and every key has a rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing rotates, renews or expires in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, soonest first. Enter or double-click opens the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read this vault&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn On Purge Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on purge protection for %1?

Deleted secrets, keys and certificates can then only be recovered, never purged, until their retention ends. Purge protection can never be turned off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy with background work. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection is on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::PassphraseInput</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished">&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished">&amp;Confirm:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished">Strength:</translation>
    </message>
    <message>
        <source>Weak passphrases are refused. Several unrelated words make a passphrase that is strong and easy to type.</source>
        <translation type="unfinished">Weak passphrases are refused. Several unrelated words make a passphrase that is strong and easy to type.</translation>
    </message>
    <message>
        <source>%1 (about %2 bits of entropy)</source>
        <translation type="unfinished">%1 (about %2 bits of entropy)</translation>
    </message>
    <message>
        <source>Type the passphrase again to confirm it.</source>
        <translation type="unfinished">Type the passphrase again to confirm it.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">The two passphrases differ.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished">✓ The passphrases match.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can recover it for you: only the recovery key shown at the end can replace it.</source>
        <translation>The passphrase unlocks the vault. Nobody can recover it for you: only the recovery key shown at the end can replace it.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PolicyPage</name>
    <message>
        <source>Enable &amp;purge protection</source>
        <translation>Enable &amp;purge protection</translation>
    </message>
    <message>
        <source>Deletion and recovery</source>
        <translation>Deletion and recovery</translation>
    </message>
    <message>
        <source>These two settings follow Azure Key Vault. Read them carefully: they cannot be undone.</source>
        <translation>These two settings follow Azure Key Vault. Read them carefully: they cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Soft-delete &amp;retention:</source>
        <translation>Soft-delete &amp;retention:</translation>
    </message>
    <message>
        <source>A deleted secret, key or certificate stays recoverable for this many days (7 to 90), then it is purged for good. The retention period is fixed forever when the vault is created.</source>
        <translation>A deleted secret, key or certificate stays recoverable for this many days (7 to 90), then it is purged for good. The retention period is fixed forever when the vault is created.</translation>
    </message>
    <message>
        <source>With purge protection, nobody (not even an owner or administrator) can purge a deleted item before its retention period ends. Once enabled, purge protection can never be turned off.</source>
        <translation>With purge protection, nobody (not even an owner or administrator) can purge a deleted item before its retention period ends. Once enabled, purge protection can never be turned off.</translation>
    </message>
</context>
<context>
    <name>coffer::ui::PrincipalsPanel</name>
    <message>
        <source>New &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New a&amp;pplication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>You cannot delete the principal you are signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its role assignments and access policy go with it; its members lose what it granted them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keyslots (its way to unlock the vault), role assignments, access policy and group memberships go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the group %2? %1 loses what the group&apos;s roles and access policy granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::PropertiesPage</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Keyslots (ways to unlock)</source>
        <translation>Keyslots (ways to unlock)</translation>
    </message>
    <message>
        <source>%1 — Properties</source>
        <translation>%1 — Properties</translation>
    </message>
    <message>
        <source>Expiry and rotation, next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry and rotation: you may not list any secrets, keys or certificates of this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry and rotation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyslots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::RecoveryKeyPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>&amp;Save to File…</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery key in a safe place</source>
        <translation>I have &amp;saved the recovery key in a safe place</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is lost. It is shown only now: Coffer does not keep it. Store it offline, for example printed in a safe.</source>
        <translation>This key opens the vault if the passphrase is lost. It is shown only now: Coffer does not keep it. Store it offline, for example printed in a safe.</translation>
    </message>
    <message>
        <source>Anyone who has this key can open the vault. Copies are cleared from the clipboard after a short time.</source>
        <translation>Anyone who has this key can open the vault. Copies are cleared from the clipboard after a short time.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Copied. The clipboard is cleared in %1 seconds.</translation>
    </message>
    <message>
        <source>Save Recovery Key</source>
        <translation>Save Recovery Key</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Coffer recovery key for the vault %1
%2
Anyone who has this key can open the vault. Keep it offline.

</source>
        <translation>Coffer recovery key for the vault %1
%2
Anyone who has this key can open the vault. Keep it offline.

</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>coffer::ui::RoleAssignmentDialog</name>
    <message>
        <source>Add Role Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment applies to everything below its scope. As in Azure, listing objects needs a role on all of them; a role on one object lets its holder use that object only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role; its description appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::RoleAssignmentsPanel</name>
    <message>
        <source>&amp;Add role assignment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a principal a role at the vault, at all objects of a kind, or at one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the role %1 of %2 at %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses what this role granted at once, unless another role assignment grants it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Role Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 of %2 at %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see only your own role assignments and your groups&apos; (listing all of them needs %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationPage</name>
    <message>
        <source>Run due actions &amp;while the console is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run due now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a shorter time (Ctrl++, or Ctrl with the mouse wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a longer time, up to 24 months (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the calendar back to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate, renew and record the notices of everything that is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): name, kind, state or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview months ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a vault is unlocked here, its rotations, renewals and notices run when they come due (as the vault&apos;s system principal, each one audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;ces (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (no preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 months (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1: planned as if nothing ran until then. Nothing in the vault changes; the calendar shows what would be overdue or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to schedule: this vault has no secrets, keys or certificates you may list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled: no secret, key or certificate has an expiry date, a rotation policy or a renewal action. Set an expiry date or a rotation policy in an object&apos;s properties and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 objects shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown (you may not list them): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the preview (Back to now) to run what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Due Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the secrets and keys whose rotation is due, renew the certificates that renew themselves, and record the notices that are due, now? Each action runs as the vault&apos;s system principal and is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the due actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran by itself at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due actions ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationPolicyEditor</name>
    <message>
        <source>&amp;Rotate automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions &amp;expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next three rotation dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (Azure&apos;s shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version %1: created %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification: the current version has no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The policy is not valid yet; the dates show what it would do.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this key&apos;s rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with new key material now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not rotate this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored policy is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rotated: version %2 is current now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::RotationTimeline</name>
    <message>
        <source>No schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ScheduleCalendar</name>
    <message>
        <source>Rotation and expiry calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due since %1, not done by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version a planned rotation makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2
valid %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel or Ctrl++/Ctrl+− zooms, Shift+wheel, dragging or ←/→ pans, Home goes back to now. Click a row or a mark, or press Enter, to open the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown · ticks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::ScopePicker</name>
    <message>
        <source>The &amp;whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All objects of a kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretDetailsPane</name>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>(binary, %1, hex) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden again after %1, or when you select another secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1 copied; the clipboard is cleared in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Reveal reads the value; it is hidden again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is disabled: its value cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of %1 version %2 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who has access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principals that may read this secret&apos;s value, and through what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read this value. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretDialog</name>
    <message>
        <source>Create Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and dashes, e.g. db-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Manage deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. text/plain or application/x-pem-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled (a disabled version cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set e&amp;xpiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished">&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Add version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret value (any text; several lines allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-fill from current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the current version&apos;s value into the editor (this reveals it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Attributes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version becomes the current one; older versions stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than a secret value can be (%1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a random password or passphrase for the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretGeneratorEditor</name>
    <message>
        <source>&amp;lower case (a–z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;upper case (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;digits (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;ymbols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &amp;ambiguous characters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 (with padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64url (no padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex (lower case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leng&amp;th (characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random &amp;bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enc&amp;oding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretRotationPolicyDialog</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions &amp;expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a new value when rotating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sa&amp;mple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation Policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of what the generator makes, made in memory for this preview only: never stored or copied. Rotating makes a different value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next three rotations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy of %1. Current version %2: created %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is a JSON object: { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this secret&apos;s rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification: the current version has no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The policy is not valid yet; the dates show what it would do.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SecretsPage</name>
    <message>
        <source>Filter (Ctrl+F): name, content type, tag, or enabled, disabled, expired, expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit attributes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is soft: the secret and all its versions move to Manage deleted, where they can be recovered for %1 (until %2). Then they are purged for good. Meanwhile the name cannot be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge protection is on: nobody can purge it before that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 deleted (recoverable until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 saved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffer backups (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not list all secrets of this vault (%1). Shown are the secrets shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the secret rotates or notifies, and how new values are generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with a generated value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation policy of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the secret %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is made with a new value generated as its rotation policy says, and becomes the current version. Older versions stay and can still be read. Programs that use this secret get the new value the next time they read it; a service that checks the value itself (a database password) must be changed to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret %1 rotated: version %2 is now current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Lock after idle time:</translation>
    </message>
    <message>
        <source>All vaults lock when there was no keyboard or mouse input in Coffer for this long. 0 turns auto-lock off.</source>
        <translation>All vaults lock when there was no keyboard or mouse input in Coffer for this long. 0 turns auto-lock off.</translation>
    </message>
    <message>
        <source>&amp;Clear clipboard after:</source>
        <translation>&amp;Clear clipboard after:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Lang&amp;uage:</translation>
    </message>
    <message>
        <source>A new language applies when Coffer is started again.</source>
        <translation>A new language applies when Coffer is started again.</translation>
    </message>
    <message>
        <source>Run due rotations, renewals and notices &amp;while the console is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"> days</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vaults &amp;keep deleted items for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the New Vault wizard proposes (7 to 90 days); each vault&apos;s retention is fixed when it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time-shift preview up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action runs as the vault&apos;s system principal and is audited. Without this, run them with coffer-cli rotate --due on a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::TagsEditor</name>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">Value</translation>
    </message>
    <message>
        <source>%1 of %2 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::UnlockDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>OS &amp;keychain</source>
        <translation>OS &amp;keychain</translation>
    </message>
    <message>
        <source>Deriving the vault key; this takes a moment…</source>
        <translation>Deriving the vault key; this takes a moment…</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Unlock Vault</translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation>Unlock with:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Enter the vault passphrase:</source>
        <translation>Enter the vault passphrase:</translation>
    </message>
    <message>
        <source>Enter the recovery key you saved when the vault was created:</source>
        <translation>Enter the recovery key you saved when the vault was created:</translation>
    </message>
    <message>
        <source>Upper or lower case; dashes and spaces are optional.</source>
        <translation>Upper or lower case; dashes and spaces are optional.</translation>
    </message>
    <message>
        <source>Coffer reads this vault&apos;s key from the OS keychain of your session. The keychain may ask you to allow it.</source>
        <translation>Coffer reads this vault&apos;s key from the OS keychain of your session. The keychain may ask you to allow it.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user of this vault has a passphrase keyslot of their own. Choosing yours runs only its key derivation; you then act with your own permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase keyslot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any passphrase (tries each keyslot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::VaultWorkspace</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished">Properties</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>The vault was changed by another program; the lists were refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation &amp; expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::WhoHasAccessDialog</name>
    <message>
        <source>Who Has Access to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2. Principals allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coffer::ui::WidgetUtil</name>
    <message>
        <source>Show the text</source>
        <translation>Show the text</translation>
    </message>
    <message>
        <source>Hide the text</source>
        <translation>Hide the text</translation>
    </message>
</context>
</TS>
