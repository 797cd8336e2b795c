#pragma once

// The printed documents' builder (issues 15 and 16): A4 or Letter pages with margins, a header and a footer
// on every page (title, book, as-of date, "page n of m"), and blocks that flow down the pages: a title,
// headings, wrapping paragraphs, key-value facts, tables that split across pages with their header row
// repeated, progress bars, status chips (a coloured dot and its text: never colour alone), charts drawn by a
// callback (vector output), page breaks and blocks kept together. Text is laid out in the document's language
// and fonts (DocumentLanguage), so Japanese renders and the fonts are embedded. The blocks are laid out when
// the document is written, once the page count is known; nothing is drawn before.

#include "domain/Result.h"
#include "ui/print/DocumentLanguage.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QPainter;
class QRectF;

namespace csm {

namespace print {
class Block;
struct Section;
} // namespace print

// Draws a chart into `rect` with `painter` (the PDF's: lines, text and shapes stay vectors). The rect is in
// the painter's device units, PdfDocument::kResolution dots per inch, so a font given in points comes out at
// its size and a pen of width 1 is 1/720 inch: give widths in points times PdfDocument::unitsPerPoint().
// Text should use QFont::PreferNoShaping, as the documents do (docs/decisions.md: digits of shaped Latin text
// drop out of the PDF's text). The painter is saved, clipped to the rect and restored around the call. A
// QCustomPlot draws only with its own QCPPainter: record it into a QPicture at the picture's resolution and
// hand that to painter.drawPicture(rect.topLeft(), picture), which scales it
// (tests/ui/tst_printheadless.cpp).
using ChartPainter = std::function<void(QPainter& painter, const QRectF& rect)>;

// A status: a coloured dot and its text.
struct Chip
{
    QString text;
    QColor color;
    bool hollow = false; // a ring instead of a dot: "no data", "planned"
};

// What a table cell or a fact shows: a line of text (wrapped when long), an optional detail under it in
// smaller muted type, and an optional status dot before it.
struct Cell
{
    QString text;
    QString detail;
    std::optional<Chip> chip; // when set, its dot comes first and its text is the cell's text
    bool strong = false;

    Cell() = default;
    Cell(QString t, QString d = {}) : text(std::move(t)), detail(std::move(d)) {}
    Cell(const Chip& c, QString d = {}) : text(c.text), detail(std::move(d)), chip(c) {}
    static Cell bold(QString t, QString d = {})
    {
        Cell c(std::move(t), std::move(d));
        c.strong = true;
        return c;
    }
};

// A label and its value, in a grid of facts.
struct Fact
{
    QString label;
    Cell value;
};

struct TableColumn
{
    QString header;
    double weight = 1; // share of the width the fitted columns leave; 0: as wide as its widest line
    Qt::Alignment align = Qt::AlignLeft; // numbers: Qt::AlignRight
};

struct Table
{
    QList<TableColumn> columns;
    QList<QList<Cell>> rows; // one Cell per column
    QString emptyText;       // shown in place of the rows when there are none
};

// One chart of a row of charts.
struct Chart
{
    QString title;
    ChartPainter paint; // none: a framed "no data" box
    QString caption;    // under the chart, small
};

enum class TextStyle
{
    Body,
    Muted, // secondary text: notes, how a figure is counted
    Small, // footnotes
};

enum class PaperSize
{
    A4,
    Letter,
};

// Letter where it is the standard paper (the United States, Canada, Mexico, the Philippines and a few
// others), A4 everywhere else. Decided by where the printer is (the system locale), not by the document's
// language: an English plan printed in Tokyo is A4.
PaperSize defaultPaperSize(const QLocale& system = QLocale::system());

// What the header and the footer say on every page.
struct DocumentInfo
{
    QString title;    // "Onboarding plan", "Portfolio report"
    QString bookName; // the book's (or the team's) name; left out when empty
    QDate asOf;       // "As of 30 June 2026" / 「2026年6月30日時点」
};

struct PrintedDocument
{
    QString path;
    int pages = 0;
};

class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument) // messages to the user (the application's language)
public:
    static constexpr int kResolution = 720; // dots per inch of the PDF's painter: 10 units per point
    static constexpr double unitsPerPoint() { return kResolution / 72.0; }

    PdfDocument(DocumentLanguage language, DocumentInfo info, PaperSize paper = defaultPaperSize());
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    const DocumentLanguage& language() const { return m_language; }
    const DocumentInfo& info() const { return m_info; }
    PaperSize paper() const { return m_paper; }

    // Starts a part on a new page (and closes a keep-together group left open). Its pages show `headerTitle`
    // in the header (the document's title when empty). With fitOnOnePage its type and spacing shrink (down to
    // 75 %) until it fits on one page; what still does not fit flows on. The blocks added before the first
    // section form one of their own.
    void startSection(const QString& headerTitle = {}, bool fitOnOnePage = false);

    // A title block: a small overline (eyebrow), the title, and a subtitle under it.
    void addTitle(const QString& title, const QString& subtitle = {}, const QString& eyebrow = {});
    // Level 1 or 2; a heading stays on the page of what follows it.
    void addHeading(const QString& text, int level = 1);
    void addParagraph(const QString& text, TextStyle style = TextStyle::Body);
    // Facts in a grid of `columns`, label above value; `prominent` sets the values large (key figures).
    void addFacts(const QList<Fact>& facts, int columns = 3, bool prominent = false);
    void addTable(const Table& table);
    // A labelled bar: fraction 0..1 (clamped), the value text at the right ("50%"), a detail line under it.
    void addProgress(const QString& label, double fraction, const QString& valueText,
                     const QString& detail = {});
    void addChips(const QList<Chip>& chips);
    // Charts side by side, each `height` points tall (not counting title and caption).
    void addCharts(const QList<Chart>& charts, double height);
    void addSpace(double points);
    void addPageBreak();
    // What is added between these two calls goes on one page when it fits on one.
    void beginKeepTogether();
    void endKeepTogether();

    // Lays the document out and writes it as PDF to an open device; the number of pages.
    Result<int> write(QIODevice& device) const;
    // Writes the file through QSaveFile: a file already there stays whole until the new one is complete.
    Result<PrintedDocument> save(const QString& path) const;

private:
    Result<int> render(QIODevice& device) const;
    void add(std::unique_ptr<print::Block> block);
    print::Section& currentSection();

    DocumentLanguage m_language;
    DocumentInfo m_info;
    PaperSize m_paper;
    std::vector<std::unique_ptr<print::Section>> m_sections;
    std::vector<print::Block*> m_groups; // open keep-together groups, innermost last (owned by their parent)
};

} // namespace csm
