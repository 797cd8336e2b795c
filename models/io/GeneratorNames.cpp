#include "GeneratorNames_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <array>

namespace csm::io {
namespace {

struct Word
{
    const char16_t* text;
    const char16_t* reading; // full-width katakana
};

constexpr std::array<Word, 20> kJaPlaces = {{
    {u"東京", u"トウキョウ"}, {u"大阪", u"オオサカ"},       {u"名古屋", u"ナゴヤ"},
    {u"横浜", u"ヨコハマ"},   {u"札幌", u"サッポロ"},       {u"福岡", u"フクオカ"},
    {u"仙台", u"センダイ"},   {u"広島", u"ヒロシマ"},       {u"神戸", u"コウベ"},
    {u"京都", u"キョウト"},   {u"北陸", u"ホクリク"},       {u"湘南", u"ショウナン"},
    {u"信州", u"シンシュウ"}, {u"九州", u"キュウシュウ"},   {u"関西", u"カンサイ"},
    {u"東海", u"トウカイ"},   {u"北海道", u"ホッカイドウ"}, {u"瀬戸内", u"セトウチ"},
    {u"千葉", u"チバ"},       {u"静岡", u"シズオカ"},
}};

constexpr std::array<Word, 40> kJaStems = {{
    {u"東邦", u"トウホウ"},   {u"大和", u"ヤマト"},       {u"三和", u"サンワ"},     {u"北斗", u"ホクト"},
    {u"新光", u"シンコウ"},   {u"旭", u"アサヒ"},         {u"富士", u"フジ"},       {u"青葉", u"アオバ"},
    {u"中央", u"チュウオウ"}, {u"明星", u"ミョウジョウ"}, {u"双葉", u"フタバ"},     {u"桜", u"サクラ"},
    {u"若葉", u"ワカバ"},     {u"平和", u"ヘイワ"},       {u"光洋", u"コウヨウ"},   {u"東亜", u"トウア"},
    {u"協和", u"キョウワ"},   {u"昭和", u"ショウワ"},     {u"日進", u"ニッシン"},   {u"丸善", u"マルゼン"},
    {u"大同", u"ダイドウ"},   {u"太陽", u"タイヨウ"},     {u"泉", u"イズミ"},       {u"菱和", u"リョウワ"},
    {u"山本", u"ヤマモト"},   {u"中村", u"ナカムラ"},     {u"松田", u"マツダ"},     {u"緑川", u"ミドリカワ"},
    {u"白鳥", u"シラトリ"},   {u"誠和", u"セイワ"},       {u"共栄", u"キョウエイ"}, {u"三栄", u"サンエイ"},
    {u"日栄", u"ニチエイ"},   {u"高砂", u"タカサゴ"},     {u"千代田", u"チヨダ"},   {u"武蔵", u"ムサシ"},
    {u"相模", u"サガミ"},     {u"飛鳥", u"アスカ"},       {u"大成", u"タイセイ"},   {u"朝霧", u"アサギリ"},
}};

constexpr std::array<Word, 36> kJaBusinesses = {{
    {u"精機", u"セイキ"},
    {u"電機", u"デンキ"},
    {u"物産", u"ブッサン"},
    {u"商事", u"ショウジ"},
    {u"工業", u"コウギョウ"},
    {u"製作所", u"セイサクショ"},
    {u"システムズ", u"システムズ"},
    {u"ソリューションズ", u"ソリューションズ"},
    {u"ロジスティクス", u"ロジスティクス"},
    {u"化学", u"カガク"},
    {u"食品", u"ショクヒン"},
    {u"建設", u"ケンセツ"},
    {u"薬品", u"ヤクヒン"},
    {u"印刷", u"インサツ"},
    {u"運輸", u"ウンユ"},
    {u"不動産", u"フドウサン"},
    {u"テクノロジー", u"テクノロジー"},
    {u"ホールディングス", u"ホールディングス"},
    {u"情報システム", u"ジョウホウシステム"},
    {u"電子", u"デンシ"},
    {u"製薬", u"セイヤク"},
    {u"産業", u"サンギョウ"},
    {u"興産", u"コウサン"},
    {u"通商", u"ツウショウ"},
    {u"製菓", u"セイカ"},
    {u"住宅", u"ジュウタク"},
    {u"商会", u"ショウカイ"},
    {u"技研", u"ギケン"},
    {u"ネットワークス", u"ネットワークス"},
    {u"メディカル", u"メディカル"},
    {u"エンジニアリング", u"エンジニアリング"},
    {u"総研", u"ソウケン"},
    {u"設計", u"セッケイ"},
    {u"交通", u"コウツウ"},
    {u"観光", u"カンコウ"},
    {u"フーズ", u"フーズ"},
}};

// Added to a built name when the plain one is taken.
constexpr std::array<Word, 6> kJaQualifiers = {{
    {u"東日本", u"ヒガシニホン"},
    {u"西日本", u"ニシニホン"},
    {u"ホールディングス", u"ホールディングス"},
    {u"グループ", u"グループ"},
    {u"サービス", u"サービス"},
    {u"ジャパン", u"ジャパン"},
}};

constexpr std::array<const char*, 40> kEnHeads = {
    "North", "Blue", "Silver", "Summit", "Harbor", "Granite", "Bright",  "Cedar",  "Pioneer", "Atlas",
    "Ever",  "Red",  "Falcon", "Beacon", "Cres",   "Lumen",   "Vertex",  "Orchid", "Maple",   "Quantum",
    "Iron",  "Gold", "Clear",  "Polar",  "Swift",  "Key",     "Stone",   "River",  "Oak",     "Sky",
    "Sun",   "Star", "Willow", "Copper", "Pine",   "Bay",     "Crystal", "Coral",  "Fox",     "High",
};
constexpr std::array<const char*, 16> kEnTails = {
    "wind",  "field", "stone", "bridge", "point", "gate", "water", "ridge",
    "light", "wave",  "path",  "crest",  "line",  "view", "dale",  "brook",
};
constexpr std::array<const char*, 24> kEnIndustries = {
    "Analytics", "Logistics", "Health",   "Systems",  "Labs",      "Foods",    "Energy",     "Robotics",
    "Media",     "Capital",   "Software", "Retail",   "Networks",  "Biotech",  "Partners",   "Dynamics",
    "Insurance", "Motors",    "Pharma",   "Security", "Education", "Holdings", "Consulting", "Materials",
};
constexpr std::array<const char*, 6> kEnLegal = {"Inc.", "Ltd.", "Corp.", "LLC", "Co.", ""};
constexpr std::array<const char*, 6> kEnQualifiers = {"Pacific", "Europe",        "Japan",
                                                      "Group",   "International", "Americas"};

struct PersonWord
{
    const char16_t* text;
    const char* romaji;
};
constexpr std::array<PersonWord, 30> kJaFamily = {{
    {u"佐藤", "sato"},      {u"鈴木", "suzuki"},    {u"高橋", "takahashi"}, {u"田中", "tanaka"},
    {u"伊藤", "ito"},       {u"渡辺", "watanabe"},  {u"山本", "yamamoto"},  {u"中村", "nakamura"},
    {u"小林", "kobayashi"}, {u"加藤", "kato"},      {u"吉田", "yoshida"},   {u"山田", "yamada"},
    {u"佐々木", "sasaki"},  {u"山口", "yamaguchi"}, {u"松本", "matsumoto"}, {u"井上", "inoue"},
    {u"木村", "kimura"},    {u"林", "hayashi"},     {u"斎藤", "saito"},     {u"清水", "shimizu"},
    {u"山崎", "yamazaki"},  {u"森", "mori"},        {u"池田", "ikeda"},     {u"橋本", "hashimoto"},
    {u"阿部", "abe"},       {u"石川", "ishikawa"},  {u"前田", "maeda"},     {u"藤田", "fujita"},
    {u"小川", "ogawa"},     {u"岡田", "okada"},
}};
constexpr std::array<PersonWord, 26> kJaGiven = {{
    {u"健太", "kenta"},    {u"翔", "sho"},     {u"大輔", "daisuke"}, {u"拓也", "takuya"}, {u"直樹", "naoki"},
    {u"誠", "makoto"},     {u"亮", "ryo"},     {u"陽介", "yosuke"},  {u"浩二", "koji"},   {u"和也", "kazuya"},
    {u"美咲", "misaki"},   {u"愛", "ai"},      {u"陽子", "yoko"},    {u"恵", "megumi"},   {u"由美", "yumi"},
    {u"真由美", "mayumi"}, {u"彩", "aya"},     {u"千尋", "chihiro"}, {u"明美", "akemi"},  {u"奈々", "nana"},
    {u"智子", "tomoko"},   {u"香織", "kaori"}, {u"隆", "takashi"},   {u"悠斗", "yuto"},   {u"結衣", "yui"},
    {u"浩", "hiroshi"},
}};
constexpr std::array<const char*, 24> kEnFirst = {
    "Emily", "James",  "Olivia", "Michael", "Sophia", "Daniel", "Emma",   "David",
    "Ava",   "Robert", "Grace",  "William", "Chloe",  "Thomas", "Hannah", "Lucas",
    "Mia",   "Ethan",  "Amelia", "Noah",    "Laura",  "Kevin",  "Rachel", "Brian",
};
constexpr std::array<const char*, 30> kEnLast = {
    "Carter", "Smith",   "Johnson", "Brown",  "Miller", "Davis",    "Wilson", "Moore", "Taylor", "Anderson",
    "Thomas", "Jackson", "White",   "Harris", "Martin", "Thompson", "Garcia", "Clark", "Lewis",  "Walker",
    "Hall",   "Young",   "King",    "Wright", "Lopez",  "Hill",     "Scott",  "Green", "Baker",  "Nelson",
};

QString str(const char16_t* s)
{
    return QString::fromUtf16(s);
}

// Romaji of the katakana U+30A1 .. U+30F4; "" for the small tsu (handled by doubling).
constexpr std::array<const char*, 84> kRomaji = {
    "a",  "a",   "i",  "i",  "u",  "u",   "e",  "e",  "o",  "o",  "ka", "ga", "ki", "gi", "ku", "gu",  "ke",
    "ge", "ko",  "go", "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", "ta", "da", "chi", "ji",
    "",   "tsu", "zu", "te", "de", "to",  "do", "na", "ni", "nu", "ne", "no", "ha", "ba", "pa", "hi",  "bi",
    "pi", "fu",  "bu", "pu", "he", "be",  "pe", "ho", "bo", "po", "ma", "mi", "mu", "me", "mo", "ya",  "ya",
    "yu", "yu",  "yo", "yo", "ra", "ri",  "ru", "re", "ro", "wa", "wa", "i",  "e",  "o",  "n",  "vu",
};

bool isLegalFormReading(QStringView token)
{
    static const QStringList forms = {
        QStringLiteral("カブシキガイシヤ"), QStringLiteral("カブシキカイシヤ"),
        QStringLiteral("ユウゲンガイシヤ"), QStringLiteral("ゴウドウガイシヤ"),
        QStringLiteral("ゴウシガイシヤ"),   QStringLiteral("ゴウメイガイシヤ"),
        QStringLiteral("カブシキガイシャ"), QStringLiteral("ユウゲンガイシャ"),
        QStringLiteral("ゴウドウガイシャ"),
    };
    if (token.startsWith(u'(') || token.endsWith(u')'))
        return true;
    for (const auto& f : forms) {
        if (token == f)
            return true;
    }
    return false;
}

// Japan Post sometimes writes the legal form and the name as one word (カブシキガイシヤイシガキ).
QStringView withoutLegalForm(QStringView token)
{
    static const QStringList forms = {QStringLiteral("カブシキガイシヤ"), QStringLiteral("カブシキカイシヤ"),
                                      QStringLiteral("ユウゲンガイシヤ"), QStringLiteral("ゴウドウガイシヤ")};
    for (const auto& f : forms) {
        if (token.size() > f.size() && token.startsWith(f))
            return token.mid(f.size());
        if (token.size() > f.size() && token.endsWith(f))
            return token.left(token.size() - f.size());
    }
    return token;
}

// Full-width ASCII (ＧＥ, ２Ｆ) as ordinary ASCII, the way a CRM holds company names.
QString narrowAscii(QString s)
{
    for (QChar& c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
    }
    return s;
}

// Japan Post writes names as parts separated by ideographic spaces, with abbreviated legal forms.
QString normaliseCompanyName(QStringView raw)
{
    static const QList<std::pair<QString, QString>> abbreviations = {
        {QStringLiteral("（株）"), QStringLiteral("株式会社")},
        {QStringLiteral("㈱"), QStringLiteral("株式会社")},
        {QStringLiteral("（有）"), QStringLiteral("有限会社")},
        {QStringLiteral("㈲"), QStringLiteral("有限会社")},
    };
    static const QStringList legalForms = {QStringLiteral("株式会社"), QStringLiteral("有限会社"),
                                           QStringLiteral("合同会社")};
    QString name;
    bool previousWasLegal = false;
    const auto parts = raw.split(u'\u3000', Qt::SkipEmptyParts);
    for (auto part : parts) {
        QString p = part.trimmed().toString();
        for (const auto& [abbr, full] : abbreviations)
            p.replace(abbr, full);
        if (p.isEmpty())
            continue;
        const bool legal = legalForms.contains(p);
        if (!name.isEmpty() && !legal && !previousWasLegal)
            name += QLatin1Char(' ');
        name += p;
        previousWasLegal = legal;
    }
    return name;
}

// Splits one CSV line (Japan Post quotes every text field, never a quote inside).
QList<QStringView> splitCsvLine(QStringView line)
{
    QList<QStringView> fields;
    qsizetype i = 0;
    while (i <= line.size()) {
        if (i < line.size() && line[i] == u'"') {
            const qsizetype end = line.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            fields.append(line.mid(i + 1, end - i - 1));
            i = end + 2; // past the quote and the comma
        } else {
            qsizetype end = line.indexOf(u',', i);
            if (end < 0)
                end = line.size();
            fields.append(line.mid(i, end - i));
            i = end + 1;
        }
    }
    return fields;
}

int regionFromJisCode(QStringView code)
{
    bool ok = false;
    const int pref = code.left(2).toInt(&ok);
    if (!ok || pref < 1 || pref > 47)
        return -1;
    // Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, Shikoku, Kyushu-Okinawa (see GeneratorVocabulary).
    if (pref == 1)
        return 0;
    if (pref <= 7)
        return 1;
    if (pref <= 14)
        return 2;
    if (pref <= 23)
        return 3;
    if (pref <= 30)
        return 4;
    if (pref <= 35)
        return 5;
    if (pref <= 39)
        return 6;
    return 7;
}

QString slugOf(const QString& romaji, qsizetype maxLength = 24)
{
    QString s;
    for (QChar c : romaji) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            s += c;
        else if (c == u'-' && !s.isEmpty() && !s.endsWith(u'-'))
            s += c;
        if (s.size() >= maxLength)
            break;
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("company") : s;
}

} // namespace

QString readingFromHalfWidth(QStringView halfWidth)
{
    // NFKC turns half-width katakana into full-width and composes the voiced marks (ｶﾞ → ガ).
    QString full = halfWidth.toString().normalized(QString::NormalizationForm_KC);
    // Japan Post writes the long-vowel mark as a hyphen (ｻ-ﾋﾞｽ).
    for (qsizetype i = 1; i < full.size(); ++i) {
        if (full[i] == u'-' && full[i - 1].unicode() >= 0x30A1 && full[i - 1].unicode() <= 0x30FC)
            full[i] = QChar(u'ー');
    }
    QString reading;
    const auto tokens = QStringView(full).split(u' ', Qt::SkipEmptyParts);
    for (auto token : tokens) {
        if (isLegalFormReading(token))
            continue;
        if (!reading.isEmpty())
            reading += QLatin1Char(' ');
        reading += withoutLegalForm(token);
    }
    return reading;
}

QString romanize(QStringView katakana)
{
    QString out;
    bool doubleNext = false;
    for (QChar c : katakana) {
        const char16_t u = c.unicode();
        if (u == u'ッ') {
            doubleNext = true;
            continue;
        }
        if (u == u'ャ' || u == u'ュ' || u == u'ョ') {
            const QLatin1Char vowel(u == u'ャ' ? 'a' : (u == u'ュ' ? 'u' : 'o'));
            if (out.endsWith(u'i')) {
                out.chop(1);
                if (!(out.endsWith(QLatin1String("sh")) || out.endsWith(QLatin1String("ch")) ||
                      out.endsWith(u'j')))
                    out += QLatin1Char('y');
            }
            out += vowel;
            continue;
        }
        if (u >= 0x30A1 && u <= 0x30F4) {
            const QLatin1String r(kRomaji[u - 0x30A1]);
            if (doubleNext && !r.isEmpty() && r[0] != 'a' && r[0] != 'i' && r[0] != 'u' && r[0] != 'e' &&
                r[0] != 'o' && r[0] != 'n')
                out += r[0] == 'c' ? QLatin1Char('t') : QLatin1Char(r[0]);
            out += r;
        } else if (u == u' ') {
            out += QLatin1Char('-');
        } else if (c.isLetterOrNumber() && u < 0x80) {
            out += c.toLower();
        }
        doubleNext = false;
    }
    return out;
}

Result<QList<CompanyName>> loadJapanPostCompanies(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io,
                     QCoreApplication::translate("csm::io::Generator", "Cannot read the company name list."),
                     path, file.errorString()};
    }
    const QByteArray bytes = file.readAll();

    // CP932 (Windows' Shift_JIS) holds ㈱, Ⅱ and － that a strict Shift_JIS decoder rejects: take the first
    // decoder this Qt has that reads the whole file cleanly.
    QString text;
    bool decoded = false;
    for (const char* name : {"windows-31j", "CP932", "IBM-943", "Shift_JIS"}) {
        QStringDecoder decoder(name);
        if (!decoder.isValid())
            continue;
        text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            decoded = true;
            break;
        }
    }
    if (!decoded) {
        return Error{Error::Code::InvalidValue,
                     QCoreApplication::translate(
                         "csm::io::Generator", "The company name list is not readable as CP932 (Shift_JIS)."),
                     path,
                     {}};
    }

    QList<CompanyName> companies;
    QSet<QString> seen;
    const auto lines = QStringView(text).split(u'\n', Qt::SkipEmptyParts);
    for (auto line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const auto fields = splitCsvLine(line);
        if (fields.size() < 3)
            continue;
        CompanyName c;
        c.name = narrowAscii(normaliseCompanyName(fields[2]));
        if (!(c.name.contains(QStringLiteral("株式会社")) || c.name.contains(QStringLiteral("有限会社")) ||
              c.name.contains(QStringLiteral("合同会社"))))
            continue; // schools, agencies, foundations: not the customers of a SaaS book
        if (seen.contains(c.name))
            continue;
        seen.insert(c.name);
        c.reading = readingFromHalfWidth(fields[1]);
        const qsizetype space = c.reading.indexOf(u' ');
        c.domainSlug =
            slugOf(romanize(space < 0 ? QStringView(c.reading) : QStringView(c.reading).left(space)));
        c.regionHint = regionFromJisCode(fields[0]);
        c.japanese = true;
        companies.append(c);
    }
    if (companies.isEmpty()) {
        return Error{
            Error::Code::InvalidValue,
            QCoreApplication::translate("csm::io::Generator",
                                        "The company name list holds no company names."),
            path,
            QCoreApplication::translate("csm::io::Generator", "Use Japan Post's JIGYOSYO.CSV as published.")};
    }
    return companies;
}

NameSource::NameSource(QList<CompanyName> realJapanese, Rng& rng) : m_real(std::move(realJapanese))
{
    for (qsizetype i = m_real.size() - 1; i > 0; --i)
        m_real.swapItemsAt(i, rng.range(0, static_cast<int>(i)));
}

bool NameSource::claim(const QString& name)
{
    if (m_used.contains(name))
        return false;
    m_used.insert(name);
    return true;
}

CompanyName NameSource::company(Rng& rng, bool japanese)
{
    if (japanese) {
        while (m_nextReal < m_real.size()) {
            CompanyName c = m_real[m_nextReal++];
            if (claim(c.name)) // real names are unique by name; branches of one company share a domain
                return c;
        }
    }
    for (int attempt = 0;; ++attempt) {
        CompanyName c = japanese ? syntheticJapanese(rng) : syntheticEnglish(rng);
        if (attempt >= 8) {
            const int q = rng.range(0, static_cast<int>(kJaQualifiers.size()) - 1);
            if (japanese) {
                c.name += str(kJaQualifiers[static_cast<std::size_t>(q)].text);
                c.reading += str(kJaQualifiers[static_cast<std::size_t>(q)].reading);
            } else {
                c.name += QLatin1Char(' ') + QLatin1String(kEnQualifiers[static_cast<std::size_t>(q)]);
            }
            c.domainSlug += QLatin1Char('-') + QString::number(q);
        }
        if (attempt >= 16) {
            c.name += QLatin1Char(' ') + QString::number(attempt);
            c.domainSlug += QString::number(attempt);
        }
        // Built names are unique by their domain: that ignores the legal form, so "Northwind Analytics Inc."
        // and "Northwind Analytics LLC" never both appear.
        if (claim(c.domainSlug))
            return c;
    }
}

CompanyName NameSource::syntheticJapanese(Rng& rng) const
{
    CompanyName c;
    c.japanese = true;
    QString core;
    if (rng.chance(0.35)) {
        const auto& place = rng.pick(kJaPlaces);
        core += str(place.text);
        c.reading += str(place.reading);
    }
    const auto& stem = rng.pick(kJaStems);
    const auto& business = rng.pick(kJaBusinesses);
    core += str(stem.text) + str(business.text);
    c.reading += str(stem.reading) + str(business.reading);
    switch (rng.weighted(std::array{45, 40, 8, 7})) {
    case 0:
        c.name = QStringLiteral("株式会社") + core;
        break;
    case 1:
        c.name = core + QStringLiteral("株式会社");
        break;
    case 2:
        c.name = core + QStringLiteral("有限会社");
        break;
    default:
        c.name = QStringLiteral("合同会社") + core;
        break;
    }
    c.domainSlug = slugOf(romanize(c.reading));
    return c;
}

CompanyName NameSource::syntheticEnglish(Rng& rng)
{
    CompanyName c;
    const QString head = QLatin1String(rng.pick(kEnHeads));
    const QString tail = QLatin1String(rng.pick(kEnTails));
    const QString industry = QLatin1String(rng.pick(kEnIndustries));
    const QString legal = QLatin1String(rng.pick(kEnLegal));
    c.name = head + tail + QLatin1Char(' ') + industry;
    c.domainSlug = slugOf((head + tail + QLatin1Char('-') + industry).toLower());
    if (!legal.isEmpty())
        c.name += QLatin1Char(' ') + legal;
    return c;
}

PersonName NameSource::person(Rng& rng, bool japanese)
{
    if (japanese) {
        const auto& family = rng.pick(kJaFamily);
        const auto& given = rng.pick(kJaGiven);
        return {str(family.text) + QLatin1Char(' ') + str(given.text),
                QLatin1String(given.romaji) + QLatin1Char('.') + QLatin1String(family.romaji)};
    }
    const QString first = QLatin1String(rng.pick(kEnFirst));
    const QString last = QLatin1String(rng.pick(kEnLast));
    return {first + QLatin1Char(' ') + last, (first + QLatin1Char('.') + last).toLower()};
}

} // namespace csm::io
