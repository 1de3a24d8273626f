#pragma once

#include "core/vault/CertificateTypes.h"

#include <QList>
#include <QString>

namespace coffer::models {

// One certificate of a stored chain, leaf first, and whether the next one up issued it.
struct ChainLink
{
    CertificateDetails details;
    enum class Role { Leaf, Intermediate, Root } role = Role::Leaf;
    // The next certificate in the chain signed this one (names match and its key verifies the signature). For the
    // last certificate: true when it is a self-signed root.
    bool verified = false;
    QString problem; // translated, when !verified
};

struct ChainView
{
    QList<ChainLink> links; // leaf -> root
    bool complete = false; // ends in a self-signed root that verifies itself
    QString missingIssuer; // the issuer name of the last certificate when the chain is incomplete
};

// Reads the chain a certificate version was stored with (CertificateInfo::chainDer) for the details pane's
// chain tree. Never fails: an unreadable certificate becomes a link with a problem.
ChainView chainViewOf(const CertificateInfo &certificate);

} // namespace coffer::models
