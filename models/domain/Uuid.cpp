#include "domain/Uuid.h"

#include <QRandomGenerator>

namespace csm {

QString uuidV7(qint64 msecsSinceEpoch, quint64 randA, quint64 randB)
{
    unsigned char b[16];
    const auto ms = static_cast<quint64>(msecsSinceEpoch);
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | ((randA >> 8) & 0x0F));
    b[7] = static_cast<unsigned char>(randA);
    b[8] = static_cast<unsigned char>(0x80 | ((randB >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        b[i] = static_cast<unsigned char>(randB >> (8 * (15 - i)));

    static constexpr char hex[] = "0123456789abcdef";
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += QLatin1Char('-');
        s += QLatin1Char(hex[b[i] >> 4]);
        s += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return s;
}

QString newUuidV7()
{
    auto* rng = QRandomGenerator::global();
    return uuidV7(QDateTime::currentMSecsSinceEpoch(), rng->generate64(), rng->generate64());
}

} // namespace csm
