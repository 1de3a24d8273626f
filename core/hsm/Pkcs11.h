#pragma once

#include <openssl/crypto.h>

// The PKCS#11 API (p11-kit's header, header only: modules are dlopen()ed, nothing is linked). Private to
// core/hsm: nothing outside this folder sees a CK_* type or a CKR_* value.
#include <p11-kit/pkcs11.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace coffer::hsm::p11 {

// An attribute template that owns its values (CK_ATTRIBUTE only points at them).
class Template
{
public:
    Template &add(CK_ATTRIBUTE_TYPE type, bool value)
    {
        const CK_BBOOL b = value ? CK_TRUE : CK_FALSE;
        return addBytes(type, QByteArray(reinterpret_cast<const char *>(&b), sizeof b));
    }
    Template &add(CK_ATTRIBUTE_TYPE type, CK_ULONG value)
    {
        return addBytes(type, QByteArray(reinterpret_cast<const char *>(&value), sizeof value));
    }
    Template &addBytes(CK_ATTRIBUTE_TYPE type, QByteArrayView value)
    {
        m_types.push_back(type);
        m_values.push_back(value.toByteArray());
        return *this;
    }
    // Valid until the template changes or is destroyed.
    CK_ATTRIBUTE *data()
    {
        m_attrs.clear();
        for (std::size_t i = 0; i < m_types.size(); ++i)
            m_attrs.push_back({m_types[i], m_values[i].data(), CK_ULONG(m_values[i].size())});
        return m_attrs.data();
    }
    CK_ULONG size() const { return CK_ULONG(m_types.size()); }

    Template() = default;
    Template(const Template &) = delete;
    Template &operator=(const Template &) = delete;
    // A template may carry key material (the one-time import key's CKA_VALUE): wiped when it goes.
    ~Template()
    {
        for (QByteArray &value : m_values) // deep copies (addBytes): ours to wipe
            if (!value.isEmpty())
                OPENSSL_cleanse(value.data(), std::size_t(value.size()));
    }

private:
    std::vector<CK_ATTRIBUTE_TYPE> m_types;
    std::vector<QByteArray> m_values;
    std::vector<CK_ATTRIBUTE> m_attrs;
};

// A blank-padded CK_UTF8CHAR field (label, serial, manufacturer) as text without the padding.
inline QString paddedText(const CK_UTF8CHAR *field, std::size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(field), qsizetype(size));
    while (!bytes.isEmpty() && (bytes.endsWith(' ') || bytes.endsWith('\0')))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

} // namespace coffer::hsm::p11
