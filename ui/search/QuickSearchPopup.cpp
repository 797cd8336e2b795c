#include "ui/search/QuickSearchPopup.h"

#include "item/AccountsModel.h"
#include "item/DisplayFormat.h"
#include "item/DisplayLabels.h"
#include "item/SearchModel.h"
#include "item/TextFolding.h"
#include "storage/Book.h"
#include "storage/Repositories.h"
#include "ui/workspace/BookWorkspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm {

namespace {
constexpr int kLimitPerKind = 20;
// A read answered within this time shows no "Searching…" (no flicker on every keystroke of a small book).
constexpr int kSearchingDelayMs = 200;
} // namespace

// What the reader thread finds for one text.
struct QuickSearchPopup::StoredHits
{
    QList<Contact> contacts;
    QList<Touch> touches;
};

QuickSearchPopup::QuickSearchPopup(BookWorkspace& workspace, QWidget* parent)
    : QFrame(parent, Qt::Popup), m_workspace(workspace), m_query(new QLineEdit(this)),
      m_view(new QListView(this)), m_status(new QLabel(this)), m_model(new SearchModel(this)),
      m_debounce(new QTimer(this)), m_searchingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("quickSearchPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_query->setObjectName(QStringLiteral("quickSearchEdit"));
    m_query->setPlaceholderText(tr("Search accounts, contacts and touches"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_query->setFont(big);
    m_query->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("quickSearchResults"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("quickSearchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    showKeyHint();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &QuickSearchPopup::runSearch);
    m_searchingDelay->setSingleShot(true);
    m_searchingDelay->setInterval(kSearchingDelayMs);
    connect(m_searchingDelay, &QTimer::timeout, this,
            [this] { m_status->setText(tr("Searching contacts and touches…")); });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& i) {
        m_view->setCurrentIndex(i);
        chooseCurrent();
    });
}

QuickSearchPopup::~QuickSearchPopup()
{
    ++*m_generation; // a read still running for this popup stops
}

void QuickSearchPopup::popUp()
{
    QWidget* owner = parentWidget();
    const int width = std::min(owner ? owner->width() - 40 : 640, fontMetrics().averageCharWidth() * 90);
    resize(width, fontMetrics().height() * 24);
    if (owner) {
        const QPoint topCentre =
            owner->mapToGlobal(QPoint((owner->width() - width) / 2, owner->height() / 8));
        move(topCentre);
    }
    m_query->selectAll();
    if (!m_query->text().trimmed().isEmpty())
        runSearch(); // the book may have changed, or closing cut the last search short
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

QList<SearchHit> QuickSearchPopup::accountHits(const QString& text) const
{
    // The list already holds folded name, reading, external id and owner for every row.
    const QString folded = foldForSearch(text);
    const AccountsModel* accounts = m_workspace.accountsModel();
    QList<SearchHit> hits;
    for (int r = 0; r < accounts->rowCount() && hits.size() < kLimitPerKind; ++r) {
        if (!accounts->searchTextAt(r).contains(folded))
            continue;
        const AccountSummary& s = accounts->summaryAt(r);
        QStringList detail;
        if (!s.nameReading.isEmpty())
            detail << s.nameReading;
        if (!s.externalId.isEmpty())
            detail << s.externalId;
        hits.append({SearchHit::Kind::Account, s.id, s.id, s.name, detail.join(QStringLiteral(" · "))});
    }
    return hits;
}

void QuickSearchPopup::runSearch()
{
    m_debounce->stop();
    const quint64 generation = ++*m_generation;
    m_openWhenDone = false;
    const QString text = m_query->text().trimmed();
    if (text.isEmpty() || !m_workspace.hasBook()) {
        setSearching(false);
        m_accountHits.clear();
        m_model->setHits({});
        showKeyHint();
        return;
    }
    m_accountHits = accountHits(text);
    showHits(m_accountHits);
    setSearching(true);

    // Contacts and touches on the reader thread. `latest` is shared with the read, not `this`: the read asks
    // it between and during its statements and gives up once a newer search (or closing) moved it on.
    const std::shared_ptr<std::atomic<quint64>> latest = m_generation;
    m_workspace.read<StoredHits>(
        this,
        [latest, generation, text](Book& book) -> Result<StoredHits> {
            const CancelCheck stale = [latest, generation] { return latest->load() != generation; };
            if (stale())
                return Error{Error::Code::Cancelled, {}, {}, {}};
            StoredHits stored;
            Result<QList<Contact>> contacts = book.contacts().search(text, kLimitPerKind, stale);
            if (!contacts)
                return contacts.error();
            stored.contacts = std::move(contacts.value());
            Result<QList<Touch>> touches = book.touches().search(text, kLimitPerKind, stale);
            if (!touches)
                return touches.error();
            stored.touches = std::move(touches.value());
            return stored;
        },
        [this, generation, text](Result<StoredHits> stored) {
            if (generation == m_generation->load()) // else a newer search's answer is on its way
                finishSearch(text, stored);
        });
}

void QuickSearchPopup::finishSearch(const QString& text, const Result<StoredHits>& stored)
{
    setSearching(false);
    QList<SearchHit> hits = m_accountHits;
    if (!stored) {
        showHits(hits);
        m_status->setText(tr("Contacts and touches could not be searched: %1").arg(stored.error().message));
        return;
    }
    const AccountsModel* accounts = m_workspace.accountsModel();
    const auto accountName = [accounts](const Id& id) {
        const int row = accounts->rowForId(id);
        return row >= 0 ? accounts->summaryAt(row).name : QString();
    };
    for (const Contact& c : stored->contacts) {
        QStringList detail{accountName(c.accountId)};
        if (!c.email.isEmpty())
            detail << c.email;
        hits.append({SearchHit::Kind::Contact, c.accountId, c.id,
                     tr("%1 (%2)").arg(c.name, Labels::contactRole(c.role)),
                     detail.join(QStringLiteral(" · "))});
    }
    for (const Touch& t : stored->touches) {
        const QString summary = t.summary.section(QLatin1Char('\n'), 0, 0);
        QString detail = tr("%1, %2, %3")
                             .arg(accountName(t.accountId), Labels::touchKind(t.kind),
                                  DisplayFormat::denseDate(t.occurredOn));
        // Found by its next step: show that, or the hit would not say why it is there.
        if (!summary.contains(text, Qt::CaseInsensitive))
            detail +=
                QStringLiteral(" · ") + tr("Next step: %1").arg(t.nextStep.section(QLatin1Char('\n'), 0, 0));
        hits.append({SearchHit::Kind::Touch, t.accountId, t.id, summary, detail});
    }
    showHits(hits);
    if (m_model->hitCount() == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(text));
    else
        showKeyHint();
    if (m_openWhenDone) {
        m_openWhenDone = false;
        chooseCurrent();
    }
}

void QuickSearchPopup::showHits(const QList<SearchHit>& hits)
{
    const QModelIndex current = m_view->currentIndex();
    const bool hadHit = current.isValid() && m_model->isHit(current.row());
    const auto kind = SearchHit::Kind(current.data(int(SearchModel::Role::Kind)).toInt());
    const Id target = current.data(int(SearchModel::Role::TargetId)).toString();
    m_model->setHits(hits);
    int row = hadHit ? m_model->rowOfHit(kind, target) : -1;
    if (row < 0)
        row = m_model->firstHitRow();
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void QuickSearchPopup::setSearching(bool searching)
{
    m_searching = searching;
    if (searching) {
        if (!m_searchingDelay->isActive())
            m_searchingDelay->start();
    } else {
        m_searchingDelay->stop();
    }
}

void QuickSearchPopup::showKeyHint()
{
    m_status->setText(tr("↑↓ to move · Enter to open · Esc to close"));
}

void QuickSearchPopup::moveSelection(int step)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = m_model->nextHitRow(row, step);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next));
}

void QuickSearchPopup::chooseCurrent()
{
    if (m_debounce->isActive())
        runSearch(); // Enter typed faster than the debounce: accounts are there now, the rest comes later
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !m_model->isHit(i.row())) {
        // Nothing to open yet: open the first contact or touch found, if any, when they arrive.
        m_openWhenDone = m_searching;
        return;
    }
    const Id account = i.data(int(SearchModel::Role::AccountId)).toString();
    const bool touch =
        SearchHit::Kind(i.data(int(SearchModel::Role::Kind)).toInt()) == SearchHit::Kind::Touch;
    hide();
    emit accountChosen(account, touch);
}

void QuickSearchPopup::hideEvent(QHideEvent* event)
{
    // Nobody waits for the running search any more.
    ++*m_generation;
    setSearching(false);
    m_openWhenDone = false;
    QFrame::hideEvent(event);
}

bool QuickSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace csm
