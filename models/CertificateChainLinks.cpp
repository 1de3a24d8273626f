#include "models/CertificateChainLinks.h"

#include <QCoreApplication>

namespace coffer::models {

namespace {
// QT_TRANSLATE_NOOP marks the literals for lupdate; text() translates them at run time.
QString text(const char *source)
{
    return QCoreApplication::translate("coffer::models::CertificateChainLinks", source);
}
} // namespace

ChainView chainViewOf(const CertificateInfo &certificate)
{
    ChainView view;
    QList<crypto::X509Certificate> parsed;
    for (const QByteArray &der : certificate.chainDer) {
        auto cert = crypto::X509Certificate::fromDer(der);
        if (!cert) {
            ChainLink broken;
            broken.problem = text(QT_TRANSLATE_NOOP("coffer::models::CertificateChainLinks",
                                                    "This certificate of the chain cannot be read."));
            view.links.append(broken);
            return view;
        }
        parsed.append(std::move(*cert));
    }
    if (parsed.isEmpty() && !certificate.details.subject.isEmpty()) {
        ChainLink only;
        only.details = certificate.details;
        only.verified = certificate.details.selfSigned;
        view.links.append(only);
        view.complete = certificate.details.selfSigned;
        if (!view.complete)
            view.missingIssuer = certificate.details.issuer;
        return view;
    }
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const crypto::X509Certificate &cert = parsed.at(i);
        ChainLink link;
        link.details = cert.details();
        const bool last = i + 1 == parsed.size();
        if (i == 0)
            link.role = ChainLink::Role::Leaf;
        else if (last && link.details.selfSigned)
            link.role = ChainLink::Role::Root;
        else
            link.role = ChainLink::Role::Intermediate;
        if (!last) {
            link.verified = cert.isIssuedBy(parsed.at(i + 1));
            if (!link.verified)
                link.problem = text(QT_TRANSLATE_NOOP("coffer::models::CertificateChainLinks",
                                                      "The next certificate up did not sign this one."));
        } else if (link.details.selfSigned) {
            link.verified = true;
            view.complete = i > 0 || link.details.selfSigned;
        } else {
            link.verified = false;
            link.problem = text(
                    QT_TRANSLATE_NOOP("coffer::models::CertificateChainLinks", "Its issuer is not in this vault."));
            view.missingIssuer = link.details.issuer;
        }
        view.links.append(link);
    }
    return view;
}

} // namespace coffer::models
