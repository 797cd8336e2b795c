#include "io/CsvWriter.h"

#include "TextTranscoder_p.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QStringEncoder>

#include <bitset>

namespace csm::io {
namespace {

bool isPlainNumber(QStringView cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    return number.match(cell.toString()).hasMatch();
}

bool startsLikeAFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

// The characters CP932 holds, found once by decoding every one- and two-byte sequence.
const std::bitset<0x10000>& cp932Characters()
{
    static const std::bitset<0x10000> set = [] {
        std::bitset<0x10000> s;
        QStringDecoder decoder = cp932Decoder();
        QByteArray all;
        for (int b = 0; b < 0x80; ++b)
            all += char(b);
        for (int b = 0xA1; b <= 0xDF; ++b)
            all += char(b);
        for (int lead = 0x81; lead <= 0xFC; ++lead) {
            if (!detail::isCp932Lead(uchar(lead)))
                continue;
            for (int trail = 0x40; trail <= 0xFC; ++trail) {
                if (detail::isCp932Trail(uchar(trail))) {
                    all += char(lead);
                    all += char(trail);
                }
            }
        }
        for (const QChar c : QString(decoder(all))) {
            if (c.unicode() != 0xFFFD && c.unicode() != 0x1A)
                s.set(c.unicode());
        }
        s.set(0x1A);
        return s;
    }();
    return set;
}

// Characters that JIS and Unicode tables write differently from Windows: the CP932 form of the same mark,
// not a loss (WAVE DASH from a Mac is FULLWIDTH TILDE in CP932).
char16_t cp932Form(char16_t c)
{
    switch (c) {
    case 0x301C:
        return 0xFF5E; // 〜 -> ～
    case 0x2212:
        return 0xFF0D; // − -> －
    case 0x00A2:
        return 0xFFE0; // ¢
    case 0x00A3:
        return 0xFFE1; // £
    case 0x00AC:
        return 0xFFE2; // ¬
    case 0x2016:
        return 0x2225; // ‖ -> ∥
    case 0x2014:
        return 0x2015; // — -> ―
    default:
        return c;
    }
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
    if (startsLikeAFormula(cell))
        return !isPlainNumber(cell);
    return cell.startsWith(u'\'') && needsFormulaGuard(cell.mid(1));
}

QString guardFormula(QStringView cell)
{
    return needsFormulaGuard(cell) ? QLatin1Char('\'') + cell.toString() : cell.toString();
}

QString unguardFormula(QStringView cell)
{
    return cell.startsWith(u'\'') && needsFormulaGuard(cell.mid(1)) ? cell.mid(1).toString()
                                                                    : cell.toString();
}

QString csvLine(const QStringList& cells, char delimiter, bool neutraliseFormulas)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(delimiter);
        const QString cell = neutraliseFormulas ? guardFormula(cells[i]) : cells[i];
        const bool quote = cell.contains(QLatin1Char(delimiter)) || cell.contains(QLatin1Char('"')) ||
                           cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
        if (quote) {
            line += QLatin1Char('"');
            line += QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"');
        } else {
            line += cell;
        }
    }
    return line;
}

struct CsvWriter::Private
{
    QSaveFile file;
    CsvWriteOptions options;
    QByteArray buffer;
    qint64 rows = 0;
    QList<CsvReplacement> replacements;
    QStringEncoder cp932;
    bool opened = false;

    Status flush()
    {
        if (!buffer.isEmpty() && file.write(buffer) != buffer.size()) {
            return Error{Error::Code::Io, CsvWriter::tr("Writing the file failed."), file.fileName(),
                         CsvWriter::tr("%1. Check the free space on the drive.").arg(file.errorString())};
        }
        buffer.clear();
        return {};
    }
};

CsvWriter::CsvWriter(const QString& path, CsvWriteOptions options) : d(std::make_unique<Private>())
{
    d->file.setFileName(path);
    d->options = options;
}

CsvWriter::~CsvWriter()
{
    if (d->opened && d->file.isOpen())
        d->file.cancelWriting();
}

Status CsvWriter::open()
{
    if (d->options.encoding != TextEncoding::Utf8 && d->options.encoding != TextEncoding::Cp932) {
        return Error{Error::Code::InvalidValue,
                     tr("CSV files are written as UTF-8 or CP932."),
                     d->file.fileName(),
                     {}};
    }
    if (d->options.encoding == TextEncoding::Cp932) {
        d->cp932 = QStringEncoder("windows-31j", QStringEncoder::Flag::Stateless);
        if (!d->cp932.isValid()) {
            return Error{Error::Code::Generic, tr("This build cannot write CP932 files."), d->file.fileName(),
                         tr("Export as UTF-8.")};
        }
    }
    if (!d->file.open(QIODevice::WriteOnly)) {
        return Error{Error::Code::Io, tr("The file cannot be written."), d->file.fileName(),
                     d->file.errorString()};
    }
    d->opened = true;
    if (d->options.encoding == TextEncoding::Utf8 && d->options.byteOrderMark)
        d->buffer = "\xEF\xBB\xBF";
    return {};
}

Status CsvWriter::writeRow(const QStringList& cells)
{
    if (!d->opened)
        return Error{Error::Code::Generic, tr("The file is not open for writing."), d->file.fileName(), {}};
    ++d->rows;
    QString line;
    if (d->options.encoding == TextEncoding::Cp932) {
        // Each character CP932 cannot hold becomes "?" inside its own cell, before quoting: the row keeps its
        // columns whatever was replaced.
        const std::bitset<0x10000>& held = cp932Characters();
        QStringList safe;
        safe.reserve(cells.size());
        for (qsizetype column = 0; column < cells.size(); ++column) {
            QString out;
            const QString& cell = cells[column];
            for (qsizetype i = 0; i < cell.size(); ++i) {
                const bool pair =
                    cell[i].isHighSurrogate() && i + 1 < cell.size() && cell[i + 1].isLowSurrogate();
                const char16_t c = cp932Form(cell[i].unicode());
                if (!pair && !cell[i].isSurrogate() && held.test(c)) {
                    out += QChar(c);
                    continue;
                }
                d->replacements << CsvReplacement{d->rows, int(column) + 1, cell.mid(i, pair ? 2 : 1)};
                out += QLatin1Char('?');
                i += pair ? 1 : 0;
            }
            safe << out;
        }
        line = csvLine(safe, d->options.delimiter, d->options.neutraliseFormulas);
        line += QStringLiteral("\r\n");
        d->buffer += QByteArray(d->cp932(line));
    } else {
        line = csvLine(cells, d->options.delimiter, d->options.neutraliseFormulas);
        line += QStringLiteral("\r\n");
        d->buffer += line.toUtf8();
    }
    return d->buffer.size() >= (1 << 16) ? d->flush() : Status();
}

Status CsvWriter::commit()
{
    if (!d->opened)
        return Error{Error::Code::Generic, tr("The file is not open for writing."), d->file.fileName(), {}};
    if (Status s = d->flush(); !s) {
        d->file.cancelWriting();
        d->opened = false;
        return s;
    }
    d->opened = false;
    if (!d->file.commit()) {
        return Error{Error::Code::Io, tr("The file could not be saved."), d->file.fileName(),
                     tr("%1. Check the free space on the drive.").arg(d->file.errorString())};
    }
    return {};
}

void CsvWriter::cancel()
{
    if (d->opened)
        d->file.cancelWriting();
    d->opened = false;
}

qint64 CsvWriter::rowsWritten() const
{
    return d->rows;
}

const QList<CsvReplacement>& CsvWriter::replacements() const
{
    return d->replacements;
}

} // namespace csm::io
