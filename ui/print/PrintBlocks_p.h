#pragma once

// The blocks a PdfDocument is made of, and what each becomes once laid out for a width: a column of slices
// (a paragraph's lines, a table's rows) that a page may end between, with the spacing around them and the
// rules that keep them on a page. PdfDocument.cpp places the slices on pages; each block paints its own.

#include "ui/print/PdfDocument.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace csm::print {

class PrintStyle;

struct LayoutContext
{
    const PrintStyle& style;
    const QPaintDevice* device; // the PDF: text is measured where it will be drawn
    double width;               // of the text column
    double pageHeight;          // of a page's body: the most one block can take
};

// A block laid out for a width.
class LaidOut
{
public:
    virtual ~LaidOut() = default;

    QList<double> slices;   // heights of the pieces a page may end between
    double header = 0;      // drawn above the slices on every page the block spans (a table's header row)
    bool breakable = true;  // false: all slices on one page when they fit on one
    int minFirst = 1;       // slices that must stay with the start (no lone first line at a page's foot)
    double spaceBefore = 0; // collapses with the previous block's spaceAfter, and at a page's top
    double spaceAfter = 0;
    bool keepWithNext = false; // a heading: moves to the next page with the start of what follows
    bool pageBreak = false;

    double height(int from, int to) const;
    double total() const { return header + height(0, int(slices.size())); }
    // What must fit at the foot of a page for the block to start there.
    double firstPart() const;
    // A group's blocks, placed one by one when the group is taller than a page.
    virtual const std::vector<std::unique_ptr<LaidOut>>* children() const { return nullptr; }
    // Paints the header and slices [from, to) with the header's top at topLeft.
    virtual void paint(QPainter& painter, QPointF topLeft, int from, int to) const = 0;
};

class Block
{
public:
    virtual ~Block() = default;
    virtual std::unique_ptr<LaidOut> layout(const LayoutContext& context) const = 0;
};

// Blocks kept on one page.
class GroupBlock : public Block
{
public:
    void add(std::unique_ptr<Block> block) { m_blocks.push_back(std::move(block)); }
    std::unique_ptr<LaidOut> layout(const LayoutContext& context) const override;

private:
    std::vector<std::unique_ptr<Block>> m_blocks;
};

// A part of the document that starts on a new page.
struct Section
{
    QString headerTitle;
    bool fitOnOnePage = false;
    std::vector<std::unique_ptr<Block>> blocks;
};

std::unique_ptr<Block> titleBlock(const QString& title, const QString& subtitle, const QString& eyebrow);
std::unique_ptr<Block> headingBlock(const QString& text, int level);
std::unique_ptr<Block> paragraphBlock(const QString& text, TextStyle style);
std::unique_ptr<Block> factsBlock(const QList<Fact>& facts, int columns, bool prominent);
std::unique_ptr<Block> tableBlock(const Table& table);
std::unique_ptr<Block> progressBlock(const QString& label, double fraction, const QString& valueText,
                                     const QString& detail);
std::unique_ptr<Block> chipsBlock(const QList<Chip>& chips);
std::unique_ptr<Block> chartsBlock(const QList<Chart>& charts, double height, const QString& noData);
std::unique_ptr<Block> spaceBlock(double points);
std::unique_ptr<Block> pageBreakBlock();

} // namespace csm::print
