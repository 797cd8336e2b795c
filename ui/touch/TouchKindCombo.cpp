#include "ui/touch/TouchKindCombo.h"

#include "item/DisplayLabels.h"
#include "ui/accounts/TouchKindIcons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>

namespace csm {

namespace {

constexpr TouchKind kKinds[] = {TouchKind::Meeting,
                                TouchKind::Call,
                                TouchKind::Email,
                                TouchKind::Qbr,
                                TouchKind::Ebr,
                                TouchKind::Training,
                                TouchKind::OnboardingSession,
                                TouchKind::Webinar,
                                TouchKind::InAppMessage,
                                TouchKind::Escalation,
                                TouchKind::InternalNote};

constexpr int kLabelRole = Qt::UserRole + 1;   // the translated name, without its number
constexpr int kEnglishRole = Qt::UserRole + 2; // the English name, for the search

// Lower case, with "-" and "_" as spaces: "In-app message" and "in_app_message" compare equal.
QString searchable(QString s)
{
    s = s.toLower();
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}

} // namespace

TouchKindCombo::TouchKindCombo(QWidget* parent) : QComboBox(parent)
{
    for (TouchKind k : kKinds) {
        const QString label = Labels::touchKind(k);
        const QChar digit = digitOf(k);
        if (k == TouchKind::InternalNote)
            insertSeparator(count());
        addItem(touchKindIcon(k), digit.isNull() ? label : tr("%1  %2").arg(QString(digit), label), int(k));
        setItemData(count() - 1, label, kLabelRole);
        setItemData(count() - 1, searchable(toCode(k)), kEnglishRole);
    }
    setItemData(count() - 1,
                tr("An internal note is kept on the timeline but does not count as a customer touch"),
                Qt::ToolTipRole);
    setToolTip(tr("Press a kind's number (1–9, 0), or type the start of its name, in English also "
                  "(c: Call). ↑ ↓ and End work too."));
    view()->installEventFilter(this);
}

QChar TouchKindCombo::digitOf(TouchKind kind)
{
    for (int i = 0; i < 10; ++i)
        if (kKinds[i] == kind)
            return QChar(u'0' + (i + 1) % 10);
    return {};
}

TouchKind TouchKindCombo::kind() const
{
    return TouchKind(currentData().toInt());
}

void TouchKindCombo::setKind(TouchKind kind)
{
    setCurrentIndex(findData(int(kind)));
}

int TouchKindCombo::rowForKey(const QKeyEvent* event, int current)
{
    const QString text = event->text();
    if (text.size() != 1 || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return -1;
    const QChar c = text.at(0);
    if (c.isDigit()) {
        m_search.clear();
        for (TouchKind k : kKinds)
            if (digitOf(k) == c)
                return findData(int(k));
        return -1;
    }
    if (!c.isLetter())
        return -1;
    if (!m_lastKey.isValid() || m_lastKey.elapsed() > QApplication::keyboardInputInterval())
        m_search.clear();
    m_lastKey.start();
    m_search += c.toLower();
    // One letter, or the same letter again: the next match after the current row (cycles through kinds
    // with that initial). More letters: the first match from the current row on.
    const bool sameLetter = m_search.count(m_search.at(0)) == m_search.size();
    const QString wanted = sameLetter ? m_search.left(1) : m_search;
    const int rows = count();
    const int start = sameLetter ? current + 1 : std::max(current, 0);
    for (int n = 0; n < rows; ++n) {
        const int row = (start + n) % rows;
        if (!itemData(row).isValid()) // the separator
            continue;
        if (searchable(itemData(row, kLabelRole).toString()).startsWith(wanted) ||
            itemData(row, kEnglishRole).toString().startsWith(wanted))
            return row;
    }
    return -1;
}

void TouchKindCombo::keyPressEvent(QKeyEvent* event)
{
    const int row = rowForKey(event, currentIndex());
    if (row >= 0) {
        setCurrentIndex(row);
        event->accept();
        return;
    }
    if (!event->text().isEmpty() && event->text().at(0).isLetterOrNumber()) {
        event->accept(); // no match: stay put rather than let QComboBox search the numbered labels
        return;
    }
    QComboBox::keyPressEvent(event);
}

bool TouchKindCombo::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = rowForKey(key, view()->currentIndex().row());
        if (row >= 0) {
            view()->setCurrentIndex(model()->index(row, modelColumn(), rootModelIndex()));
            return true;
        }
        if (!key->text().isEmpty() && key->text().at(0).isLetterOrNumber())
            return true;
    }
    return QComboBox::eventFilter(watched, event);
}

} // namespace csm
