#include "io/HolidayFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringView>

namespace csm::io {

namespace {

// "2025/1/1", "2025-01-01": year, month and day as numbers, no other characters.
QDate parseDate(QStringView text)
{
    const QChar sep = text.contains(QLatin1Char('/')) ? QLatin1Char('/') : QLatin1Char('-');
    const auto parts = text.split(sep);
    if (parts.size() != 3)
        return {};
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        const QStringView part = parts.at(i);
        if (part.isEmpty() || part.size() > (i == 0 ? 4 : 2))
            return {};
        values[i] = part.toInt(&ok);
        if (!ok || part.startsWith(QLatin1Char('+')) || part.startsWith(QLatin1Char('-')))
            return {};
    }
    if (values[0] < 1900 || values[0] > 2999)
        return {};
    return QDate(values[0], values[1], values[2]);
}

QStringView unquote(QStringView field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field = field.mid(1, field.size() - 2).trimmed();
    return field;
}

} // namespace

Result<HolidayFile> HolidayFileReader::read(const QByteArray& bytes, const QString& fileName)
{
    HolidayFile file;
    QString text;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8(bytes); // drops a BOM
        file.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            QStringDecoder cp932("windows-31j");
            if (!cp932.isValid())
                cp932 = QStringDecoder("Shift_JIS");
            text = cp932(bytes);
            file.encoding = QStringLiteral("windows-31j");
            if (!cp932.isValid() || cp932.hasError()) {
                return Error{Error::Code::InvalidValue,
                             tr("The holiday file is neither UTF-8 nor Shift_JIS text."), fileName,
                             tr("Save it as CSV (UTF-8) and import it again.")};
            }
        }
    }

    QHash<QDate, int> lineOf;
    int badLines = 0;
    int firstBad = 0;
    QString firstBadText;
    bool seenContent = false;
    int lineNo = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        const QStringView dateText = unquote(comma < 0 ? line : line.left(comma));
        const QDate date = parseDate(dateText);
        const bool firstContent = !seenContent;
        seenContent = true;
        if (!date.isValid()) {
            // A first line that is not a date is the header ("国民の祝日・休日月日,国民の祝日・休日名称").
            if (firstContent && comma >= 0 && !dateText.isEmpty() && !dateText.front().isDigit())
                continue;
            if (++badLines == 1) {
                firstBad = lineNo;
                firstBadText = line.trimmed().left(60).toString();
            }
            continue;
        }
        QStringView name;
        if (comma >= 0) {
            name = line.mid(comma + 1);
            const qsizetype next = name.indexOf(QLatin1Char(','));
            name = unquote(next < 0 ? name : name.left(next));
        }
        if (const auto it = lineOf.constFind(date); it != lineOf.cend()) {
            file.duplicates.append({date, lineNo, *it});
            continue;
        }
        lineOf.insert(date, lineNo);
        file.entries.append({date, name.toString(), lineNo});
    }

    const QString name = QFileInfo(fileName).fileName();
    if (badLines > 0) {
        return Error{
            Error::Code::InvalidValue,
            tr("Line %1 is not a date and a holiday name: \"%2\".").arg(firstBad).arg(firstBadText),
            QStringLiteral("%1:%2").arg(name).arg(firstBad),
            tr("Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name; %n line(s) in "
               "all are not like that. Nothing was imported.",
               nullptr, badLines)};
    }
    if (file.entries.isEmpty()) {
        return Error{Error::Code::InvalidValue, tr("The file lists no holidays."), name,
                     tr("Each line needs a date as YYYY/M/D or YYYY-MM-DD, a comma and the name.")};
    }
    return file;
}

Result<HolidayFile> HolidayFileReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Io, tr("The holiday file cannot be opened."), path,
                     tr("Check that the file exists and that you may read it.")};
    }
    return read(f.readAll(), path);
}

} // namespace csm::io
