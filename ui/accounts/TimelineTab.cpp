#include "ui/accounts/TimelineTab.h"

#include "item/TimelineModel.h"
#include "ui/accounts/ElidedTextDelegate.h"
#include "ui/accounts/TouchKindIcons.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace csm {

TimelineTab::TimelineTab(BookWorkspace& workspace, QWidget* parent)
    : AccountTab(parent), m_view(new QTableView(this)), m_model(new TimelineModel(this)),
      m_current(m_view, [this](int row) { return m_model->touchAt(row).id; })
{
    m_model->setKindIconProvider(&touchKindIcon);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(TimelineModel::DateColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("00 MMM 0000 00:00")) + 24);
    header->resizeSection(TimelineModel::KindColumn, 170);
    header->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    header->resizeSection(TimelineModel::SentimentColumn, 110);
    header->resizeSection(TimelineModel::FollowUpColumn, 130);
    m_view->setItemDelegate(new ElidedTextDelegate(m_view)); // the full text of a clipped cell
    connect(m_model, &TimelineModel::followUpDoneRequested, &workspace, &BookWorkspace::setFollowUpDone);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

void TimelineTab::setDetail(const AccountDetail& d)
{
    QHash<Id, QString> names;
    for (const Contact& c : d.contacts)
        names.insert(c.id, c.name);
    m_current.remember();
    m_model->setTouches(d.touches, names);
    m_current.restore();
    // Next steps are often short or missing: the summary, which stretches, gets the room they leave.
    fitColumn(m_view, TimelineModel::NextStepColumn, 32 * m_view->fontMetrics().averageCharWidth());
}

void TimelineTab::clearDetail()
{
    m_model->setTouches({});
}

void TimelineTab::selectRecord(const Id& touchId)
{
    m_current.select(touchId);
}

} // namespace csm
