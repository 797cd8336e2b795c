#pragma once

// A translator that serves a catalogue straight from its .ts file (tests/i18n/TsFile.h), so that domain tests
// can check English plural forms and Japanese strings without the compiled .qm that only the app embeds.

#include "TsFile.h"

#include <QHash>
#include <QTranslator>

namespace csm::test {

class TsTranslator : public QTranslator
{
public:
    bool load(const QString& tsPath)
    {
        const TsFile ts = readTsFile(tsPath);
        m_japanese = ts.language.startsWith(QLatin1String("ja"));
        for (const TsMessage& m : ts.messages) {
            if (m.type.isEmpty() && !m.isEmpty())
                m_messages.insert(key(m.context, m.source, m.comment), m.translations);
        }
        return ts.error.isEmpty() && !m_messages.isEmpty();
    }
    bool isEmpty() const override { return m_messages.isEmpty(); }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        const QStringList forms = m_messages.value(key(
            QString::fromUtf8(context), QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
        if (forms.isEmpty())
            return {};
        // Japanese has one form; English two (1, and everything else).
        const qsizetype form = m_japanese || n == 1 ? 0 : 1;
        return forms.value(form < forms.size() ? form : 0);
    }

private:
    static QString key(const QString& context, const QString& source, const QString& comment)
    {
        return context + QChar(0) + source + QChar(0) + comment;
    }
    QHash<QString, QStringList> m_messages;
    bool m_japanese = false;
};

} // namespace csm::test
