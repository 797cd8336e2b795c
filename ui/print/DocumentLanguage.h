#pragma once

// The language of a printed document, independent of the application's own (issue 15 item 5, issue 16 item
// 4): a Japanese PDF can be made from an English interface and the other way round. The document's words come
// from its own translator, never from the ones installed in the application, and its dates, numbers and
// amounts from its own locale.

#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace csm {

class DocumentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLanguage)
public:
    // English or Japanese with formats of `locale`; the words come from `translator` (none: the English
    // source text, plural forms made from it).
    DocumentLanguage(const QLocale& locale, std::shared_ptr<const QTranslator> translator);

    // The locale a document in `language` uses: Japanese formats for Japanese; for English the
    // application's English formats when it runs in English, else British ones ("30 June 2026": readable
    // everywhere, where "6/30/2026" is not).
    static QLocale documentLocale(QLocale::Language language, const QLocale& application = QLocale());
    // The application's catalogue for the locale's language from `dir` (the executable embeds them in
    // :/i18n). Japanese needs csm-workbench_ja.qm; English reads csm-workbench_en.qm for its plural forms
    // when it is there.
    static Result<DocumentLanguage> load(const QLocale& locale,
                                         const QString& dir = QStringLiteral(":/i18n"));

    // QCoreApplication::translate() in the document's language: lupdate reads the calls
    // (language.translate("csm::QbrSheet", "Open follow-ups")), so each document's words sit in the
    // catalogue under the document's context. %n and %Ln are replaced by n.
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const;

    const QLocale& locale() const { return m_locale; }
    bool isJapanese() const { return m_locale.language() == QLocale::Japanese; }
    // Font families in order of preference: Noto Sans CJK JP for Japanese (so kanji take their Japanese
    // forms); for English Noto Sans where installed, then Noto Sans CJK JP (its Latin is Source Sans, and it
    // has the glyphs of a Japanese customer's name).
    QStringList fontFamilies() const;

    // 2026年6月30日 / 30 June 2026
    QString longDate(QDate date) const;
    // 2026/06/30 / 30/06/2026
    QString denseDate(QDate date) const;
    QString money(const Money& amount) const { return amount.format(m_locale); }
    QString number(qint64 value) const { return m_locale.toString(value); }
    QString number(double value, int decimals) const;
    // A fraction as a percentage: 0.725 -> "72.5%"; "—" when undefined.
    QString percent(std::optional<double> fraction, int decimals = 0) const;
    // What an undefined figure shows.
    static QString notAvailable() { return QStringLiteral("—"); }

private:
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace csm
