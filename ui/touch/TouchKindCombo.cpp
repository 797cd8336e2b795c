#include "ui/touch/TouchKindCombo.h"

#include "item/DisplayLabels.h"
#include "ui/accounts/TouchKindIcons.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>

#include <algorithm>

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

constexpr int kKeysRole = Qt::UserRole + 1; // what finds the kind when typed (searchable())

// Lower case, full-width letters as ASCII, katakana as hiragana, "-" and "_" as spaces: "In-app message"
// and "in_app_message" compare equal, and so do メール, めーる and ﾒｰﾙ.
QString searchable(QString s)
{
    s = s.normalized(QString::NormalizationForm_KC).toLower();
    for (QChar& c : s)
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6) // katakana ァ..ヶ
            c = QChar(char16_t(c.unicode() - 0x60));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}

// Words that find a kind besides its shown and English names: in Japanese the readings of the names, in
// kana and romaji (でんわ / denwa for 電話), which a key press can reach where the kanji cannot.
QString readings(TouchKind k)
{
    const char* hint = "Words that pick this touch kind when typed, separated by spaces: in Japanese, the "
                       "reading of the kind's name in hiragana and in romaji";
    switch (k) {
    case TouchKind::Meeting:
        return TouchKindCombo::tr("meeting", hint);
    case TouchKind::Call:
        return TouchKindCombo::tr("call phone", hint);
    case TouchKind::Email:
        return TouchKindCombo::tr("email", hint);
    case TouchKind::Qbr:
        return TouchKindCombo::tr("qbr quarterly", hint);
    case TouchKind::Ebr:
        return TouchKindCombo::tr("ebr", hint);
    case TouchKind::Training:
        return TouchKindCombo::tr("training", hint);
    case TouchKind::OnboardingSession:
        return TouchKindCombo::tr("onboarding", hint);
    case TouchKind::Webinar:
        return TouchKindCombo::tr("webinar", hint);
    case TouchKind::InAppMessage:
        return TouchKindCombo::tr("in-app message", hint);
    case TouchKind::Escalation:
        return TouchKindCombo::tr("escalation", hint);
    case TouchKind::InternalNote:
        return TouchKindCombo::tr("internal note", hint);
    }
    return {};
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
        QStringList keys = {searchable(label), searchable(toCode(k))};
        for (const QString& word : readings(k).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            keys << searchable(word);
        setItemData(count() - 1, keys, kKeysRole);
    }
    setItemData(count() - 1,
                tr("An internal note is kept on the timeline but does not count as a customer touch"),
                Qt::ToolTipRole);
    setToolTip(tr("Press a kind's number (1–9, 0), or type the start of its name, in English also "
                  "(c: Call). ↑ ↓ and End work too."));
    view()->installEventFilter(this);
    // Kana typed through an input method arrive as its committed text (inputMethodEvent).
    setAttribute(Qt::WA_InputMethodEnabled, true);
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
    return rowForChar(text.at(0), current);
}

int TouchKindCombo::rowForChar(QChar c, int current)
{
    if (const QString folded = searchable(QString(c)); folded.size() == 1)
        c = folded.at(0); // a full-width digit or letter from an input method
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
    m_search += searchable(QString(c));
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
        const QStringList keys = itemData(row, kKeysRole).toStringList();
        if (std::any_of(keys.cbegin(), keys.cend(),
                        [&wanted](const QString& k) { return k.startsWith(wanted); }))
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

void TouchKindCombo::inputMethodEvent(QInputMethodEvent* event)
{
    // Each committed character as if typed: でんわ picks 電話 like d, e, n does.
    int row = -1;
    for (const QChar c : event->commitString())
        if (const int r = rowForChar(c, row >= 0 ? row : currentIndex()); r >= 0)
            row = r;
    if (row >= 0)
        setCurrentIndex(row);
    event->accept();
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
