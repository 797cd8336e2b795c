#include "QuickSearchPopup.h"

#include "AccountsModel.h"
#include "Book.h"
#include "BookWorkspace.h"
#include "DisplayFormat.h"
#include "DisplayLabels.h"
#include "Repositories.h"
#include "SearchModel.h"
#include "TextFolding.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace csm {

namespace {
constexpr int kLimitPerKind = 20;
}

QuickSearchPopup::QuickSearchPopup(BookWorkspace& workspace, QWidget* parent)
    : QFrame(parent, Qt::Popup), m_workspace(workspace), m_query(new QLineEdit(this)),
      m_view(new QListView(this)), m_status(new QLabel(this)), m_model(new SearchModel(this)),
      m_debounce(new QTimer(this))
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
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("↑↓ to move · Enter to open · Esc to close"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &QuickSearchPopup::runSearch);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& i) {
        m_view->setCurrentIndex(i);
        chooseCurrent();
    });
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
    show();
    raise();
    activateWindow();
    m_query->setFocus();
}

void QuickSearchPopup::runSearch()
{
    m_debounce->stop();
    const QString text = m_query->text().trimmed();
    QList<SearchHit> hits;
    if (text.isEmpty() || !m_workspace.hasBook()) {
        m_model->setHits(hits);
        return;
    }

    // Accounts: the list already holds folded name, reading, external id and owner for every row.
    const QString folded = foldForSearch(text);
    const AccountsModel* accounts = m_workspace.accountsModel();
    QHash<Id, QString> names;
    int found = 0;
    for (int r = 0; r < accounts->rowCount(); ++r) {
        const AccountSummary& s = accounts->summaryAt(r);
        names.insert(s.id, s.name);
        if (found < kLimitPerKind && accounts->keysAt(r).search.contains(folded)) {
            QStringList detail;
            if (!s.nameReading.isEmpty())
                detail << s.nameReading;
            if (!s.externalId.isEmpty())
                detail << s.externalId;
            hits.append({SearchHit::Kind::Account, s.id, s.id, s.name, detail.join(QStringLiteral(" · "))});
            ++found;
        }
    }

    Book* book = m_workspace.book();
    if (Result<QList<Contact>> contacts = book->contacts().search(text, kLimitPerKind); contacts) {
        for (const Contact& c : contacts.value()) {
            QStringList detail{names.value(c.accountId)};
            if (!c.email.isEmpty())
                detail << c.email;
            hits.append({SearchHit::Kind::Contact, c.accountId, c.id,
                         tr("%1 (%2)").arg(c.name, Labels::contactRole(c.role)),
                         detail.join(QStringLiteral(" · "))});
        }
    }
    if (Result<QList<Touch>> touches = book->touches().search(text, kLimitPerKind); touches) {
        for (const Touch& t : touches.value()) {
            const QString summary = t.summary.section(QLatin1Char('\n'), 0, 0);
            hits.append({SearchHit::Kind::Touch, t.accountId, t.id, summary,
                         tr("%1, %2, %3")
                             .arg(names.value(t.accountId), Labels::touchKind(t.kind),
                                  DisplayFormat::denseDate(t.occurredOn))});
        }
    }
    m_model->setHits(hits);
    const int first = m_model->firstHitRow();
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first));
    m_status->setText(m_model->hitCount() == 0 ? tr("Nothing found for “%1”.").arg(text)
                                               : tr("↑↓ to move · Enter to open · Esc to close"));
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
        runSearch(); // Enter typed faster than the debounce
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !m_model->isHit(i.row()))
        return;
    const Id account = i.data(int(SearchModel::Role::AccountId)).toString();
    const bool touch =
        SearchHit::Kind(i.data(int(SearchModel::Role::Kind)).toInt()) == SearchHit::Kind::Touch;
    hide();
    emit accountChosen(account, touch);
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
