#include "ui/common/Mnemonics.h"

#include <QAction>
#include <QRegularExpression>

namespace csm {

QString withoutMnemonic(const QString& text, bool dropEllipsis)
{
    // "(&O)" with ASCII or full-width brackets, as Japanese menus write it.
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    QString s = text;
    s.remove(bracketed);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('&')) {
            if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('&'))
                out += QLatin1Char('&');
            ++i;
            if (i < s.size() && s.at(i) != QLatin1Char('&'))
                out += s.at(i);
            continue;
        }
        out += s.at(i);
    }
    if (dropEllipsis) {
        if (out.endsWith(QChar(0x2026)))
            out.chop(1);
        else if (out.endsWith(QLatin1String("...")))
            out.chop(3);
    }
    return out.trimmed();
}

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

void setPlainIconText(QAction* action)
{
    action->setIconText(withoutMnemonic(action->text(), true));
}

} // namespace csm
