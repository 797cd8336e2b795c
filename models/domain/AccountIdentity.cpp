#include "domain/AccountIdentity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace csm::identity {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("csm::identity", text);
}

// Japanese legal forms, after NFKC (㈱ and （株） are "(株)" by then) and with spaces removed. Longest first,
// so that 特定非営利活動法人 goes before 法人 forms it contains.
const QStringList& japaneseLegalForms()
{
    static const QStringList forms = {QStringLiteral("特定非営利活動法人"),
                                      QStringLiteral("一般社団法人"),
                                      QStringLiteral("一般財団法人"),
                                      QStringLiteral("公益社団法人"),
                                      QStringLiteral("公益財団法人"),
                                      QStringLiteral("株式会社"),
                                      QStringLiteral("有限会社"),
                                      QStringLiteral("合同会社"),
                                      QStringLiteral("合資会社"),
                                      QStringLiteral("合名会社"),
                                      QStringLiteral("npo法人"),
                                      QStringLiteral("(一社)"),
                                      QStringLiteral("(一財)"),
                                      QStringLiteral("(公社)"),
                                      QStringLiteral("(公財)"),
                                      QStringLiteral("(特非)"),
                                      QStringLiteral("(株)"),
                                      QStringLiteral("(有)"),
                                      QStringLiteral("(同)"),
                                      QStringLiteral("(資)"),
                                      QStringLiteral("(名)")};
    return forms;
}

// Trailing English legal forms, compared without their dots: "Co., Ltd." is "co" then "ltd".
bool isEnglishLegalForm(const QString& word)
{
    static const QStringList forms = {
        QStringLiteral("inc"),     QStringLiteral("incorporated"), QStringLiteral("ltd"),
        QStringLiteral("limited"), QStringLiteral("llc"),          QStringLiteral("co"),
        QStringLiteral("corp"),    QStringLiteral("corporation"),  QStringLiteral("kk"),
        QStringLiteral("gk"),      QStringLiteral("plc"),          QStringLiteral("llp"),
        QStringLiteral("gmbh"),    QStringLiteral("ag"),           QStringLiteral("sa"),
        QStringLiteral("bv"),      QStringLiteral("pte"),          QStringLiteral("pty"),
        QStringLiteral("company")};
    QString w = word;
    w.remove(QLatin1Char('.'));
    return forms.contains(w);
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QString companyNameKey(QStringView name)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();

    // English legal forms end a name: drop trailing words while they are one ("Acme Co., Ltd." -> "acme").
    QStringList words = folded.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    while (words.size() > 1 && isEnglishLegalForm(words.last()))
        words.removeLast();

    QString key = words.join(QString());
    for (const QString& form : japaneseLegalForms())
        key.remove(form);
    QString out;
    out.reserve(key.size());
    for (const QChar c : std::as_const(key)) {
        // Letters (kana and kanji included; ー and 々 are letters too), digits and combining marks.
        if (c.isLetterOrNumber() || c.isMark())
            out += c;
    }
    // A name that is nothing but a legal form ("株式会社") keeps what it has rather than matching every
    // other.
    return out.isEmpty() ? words.join(QString()) : out;
}

std::optional<int> corporateNumberCheckDigit(QStringView twelveDigits)
{
    if (twelveDigits.size() != 12)
        return std::nullopt;
    int sum = 0;
    for (int n = 1; n <= 12; ++n) {
        const QChar c = twelveDigits[12 - n];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        sum += (c.unicode() - u'0') * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
}

Result<QString> parseCorporateNumber(QStringView text)
{
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC);
    QString digits;
    for (const QChar c : folded) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (!c.isSpace() && c != u'-')
            digits += QLatin1Char('x'); // any other character makes it not a number
    }
    if (digits.size() != 13 || digits.contains(QLatin1Char('x'))) {
        return Error{
            Error::Code::InvalidValue,
            tr("\"%1\" is not a corporate number (法人番号): it has 13 digits.").arg(text.toString()),
            text.toString(),
            {}};
    }
    const int check = *corporateNumberCheckDigit(QStringView(digits).mid(1));
    if (digits[0].unicode() - u'0' != check) {
        return Error{Error::Code::InvalidValue,
                     tr("%1 is not a valid corporate number (法人番号): its check digit would be %2.")
                         .arg(digits)
                         .arg(check),
                     text.toString(), tr("Check the number against the National Tax Agency's site.")};
    }
    return digits;
}

QString salesforceId18(QStringView id)
{
    if (id.size() != 15 && id.size() != 18)
        return {};
    for (const QChar c : id) {
        if (!isAsciiAlnum(c))
            return {};
    }
    // Each block of five characters has one check character: bit i is set when the block's i-th character
    // is upper case, and the 5-bit number is written with "A".."Z", "0".."5".
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
    QString out = id.left(15).toString();
    bool upper = false;
    bool lower = false;
    for (const QChar c : out) {
        upper = upper || (c >= u'A' && c <= u'Z');
        lower = lower || (c >= u'a' && c <= u'z');
    }
    if (id.size() == 18 && !(upper && lower)) {
        // All letters in one case: the case may have been lost (a lower-cased export, a case-insensitive
        // database). The check characters say which letters are upper case, so the id still has one form.
        for (int block = 0; block < 3; ++block) {
            const qsizetype bits = alphabet.indexOf(id[15 + block].toUpper());
            if (bits < 0)
                return {};
            for (int i = 0; i < 5; ++i) {
                QChar& c = out[block * 5 + i];
                const bool isUpper = (bits >> i) & 1;
                if (c.isDigit() && isUpper)
                    return {};
                c = isUpper ? c.toUpper() : c.toLower();
            }
        }
    }
    for (int block = 0; block < 3; ++block) {
        int bits = 0;
        for (int i = 0; i < 5; ++i) {
            const QChar c = out[block * 5 + i];
            if (c >= u'A' && c <= u'Z')
                bits |= 1 << i;
        }
        out += alphabet[bits];
    }
    if (id.size() == 18 && id.mid(15).compare(QStringView(out).mid(15), Qt::CaseInsensitive) != 0)
        return {};
    return out;
}

QString externalIdKey(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    const QString sf = salesforceId18(trimmed);
    return sf.isEmpty() ? trimmed.toString() : sf;
}

} // namespace csm::identity
