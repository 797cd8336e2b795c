#include "ui/print/DocumentLanguage.h"

#include "item/DisplayFormat.h"

#include <QTranslator>

namespace csm {

DocumentLanguage::DocumentLanguage(const QLocale& locale, std::shared_ptr<const QTranslator> translator)
    : m_locale(locale), m_translator(std::move(translator))
{}

QLocale DocumentLanguage::documentLocale(QLocale::Language language, const QLocale& application)
{
    if (language == QLocale::Japanese)
        return QLocale(QLocale::Japanese, QLocale::Japan);
    if (application.language() == QLocale::English)
        return application;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Result<DocumentLanguage> DocumentLanguage::load(const QLocale& locale, const QString& dir)
{
    const bool japanese = locale.language() == QLocale::Japanese;
    const QString name = japanese ? QStringLiteral("csm-workbench_ja") : QStringLiteral("csm-workbench_en");
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(name, dir)) {
        if (!japanese) // English reads well from the source text; only "1 day(s)" loses its plural
            return DocumentLanguage(locale, nullptr);
        return Error{Error::Code::NotFound, tr("The Japanese translation of the document is missing."),
                     dir + QLatin1Char('/') + name + QStringLiteral(".qm"),
                     tr("Reinstall CSM Workbench, or print the document in English.")};
    }
    return DocumentLanguage(locale, std::move(translator));
}

QString DocumentLanguage::translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

QStringList DocumentLanguage::fontFamilies() const
{
    if (isJapanese())
        return {QStringLiteral("Noto Sans CJK JP")};
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP")};
}

QString DocumentLanguage::longDate(QDate date) const
{
    return DisplayFormat::longDate(date, m_locale);
}

QString DocumentLanguage::denseDate(QDate date) const
{
    return DisplayFormat::denseDate(date, m_locale);
}

QString DocumentLanguage::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString DocumentLanguage::percent(std::optional<double> fraction, int decimals) const
{
    if (!fraction)
        return notAvailable();
    return m_locale.toString(*fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace csm
