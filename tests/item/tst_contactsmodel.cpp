// ContactsModel: an account's contacts for the Contacts tab, champions and sponsors first.

#include "item/ContactsModel.h"
#include "item/DisplayLabels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace csm;

namespace {

Contact contact(const QString& id, const QString& name, ContactRole role, const QString& email = {})
{
    Contact c;
    c.id = id;
    c.accountId = QStringLiteral("a1");
    c.name = name;
    c.role = role;
    c.email = email;
    c.phone = QStringLiteral("03-0000-") + id;
    return c;
}

QStringList idsInOrder(const ContactsModel& model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(int(ContactsModel::Role::ContactId)).toString();
    return ids;
}

} // namespace

class TestContactsModel : public QObject
{
    Q_OBJECT
private slots:
    void passesTheModelTesterThroughResets()
    {
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ContactsModel::ColumnCount));
        model.setContacts({contact(QStringLiteral("1"), QStringLiteral("Ito"), ContactRole::User),
                           contact(QStringLiteral("2"), QStringLiteral("Sato"), ContactRole::Champion)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.setContacts({});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        // A child index has no rows and no columns: the model is flat.
        model.setContacts({contact(QStringLiteral("3"), QStringLiteral("Abe"), ContactRole::Admin)});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
        QVERIFY(!model.index(1, 0).isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
    }

    void championsAndSponsorsComeFirstInTheOrderGivenWithinARole()
    {
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(
            {contact(QStringLiteral("u1"), QStringLiteral("Ueda"), ContactRole::User),
             contact(QStringLiteral("a1"), QStringLiteral("Abe"), ContactRole::Admin),
             contact(QStringLiteral("s1"), QStringLiteral("Sato"), ContactRole::ExecutiveSponsor),
             contact(QStringLiteral("u2"), QStringLiteral("Ito"), ContactRole::User),
             contact(QStringLiteral("c1"), QStringLiteral("Chiba"), ContactRole::Champion)});
        // Champion, executive sponsor, admin, users (Ueda before Ito, as given: the sort is stable).
        QCOMPARE(idsInOrder(model),
                 (QStringList{QStringLiteral("c1"), QStringLiteral("s1"), QStringLiteral("a1"),
                              QStringLiteral("u1"), QStringLiteral("u2")}));
        QCOMPARE(model.contactAt(1).name, QStringLiteral("Sato"));
    }

    void everyColumnAndRoleShowsTheContact()
    {
        ContactsModel model;
        model.setContacts({contact(QStringLiteral("7"), QStringLiteral("Hanako Suzuki"),
                                   ContactRole::Champion, QStringLiteral("hanako@globex.example"))});
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(ContactsModel::NameColumn).toString(), QStringLiteral("Hanako Suzuki"));
        QCOMPARE(cell(ContactsModel::RoleColumn).toString(), Labels::contactRole(ContactRole::Champion));
        QCOMPARE(cell(ContactsModel::EmailColumn).toString(), QStringLiteral("hanako@globex.example"));
        QCOMPARE(cell(ContactsModel::PhoneColumn).toString(), QStringLiteral("03-0000-7"));
        QCOMPARE(cell(ContactsModel::EmailColumn, int(ContactsModel::Role::ContactId)).toString(),
                 QStringLiteral("7"));
        QCOMPARE(cell(ContactsModel::NameColumn, int(ContactsModel::Role::ContactRole)).toInt(),
                 int(ContactRole::Champion));
        QCOMPARE(model.headerData(ContactsModel::EmailColumn, Qt::Horizontal).toString(),
                 ContactsModel::tr("Email"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_GUILESS_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
