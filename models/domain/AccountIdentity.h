#pragma once

// The keys an imported row is matched to an account by (issue 13), in the order the importer tries them: the
// external id (Salesforce's 15-character ids matched to their 18-character form), the 13-digit 法人番号
// (corporate number, check digit verified), then the normalised name (名寄せ).

#include "domain/Result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace csm::identity {

// The name of a company reduced to what identifies it: full- and half-width forms folded (NFKC), case
// folded, the legal form removed wherever it stands (株式会社, ㈱, (株), （株）, 有限会社, 合同会社,
// 一般社団法人
// ..., and a trailing Inc., Ltd., LLC, Co., Corp., K.K. ...), spaces and punctuation removed.
// "株式会社　日本経済新聞社　札幌支社" and "日本経済新聞社札幌支社(株)" have the same key. Two accounts with
// one key are a candidate match to show the user, never merged silently.
QString companyNameKey(QStringView name);

// The check digit (the first of the 13) of a corporate number from its other 12 digits, by the National Tax
// Agency's formula: 9 - (sum of the digits times 1 or 2, alternating from the right, starting with 1) mod 9.
// nullopt unless exactly 12 ASCII digits are given.
std::optional<int> corporateNumberCheckDigit(QStringView twelveDigits);

// A 法人番号 as written ("7000012050002", "７０００-０１２０-５０００２", "7 0000 1205 0002") to its 13
// digits, refused when it has another number of digits or the check digit does not match.
Result<QString> parseCorporateNumber(QStringView text);

// A Salesforce record id in its 18-character, case-insensitive form: a 15-character id gets its three
// check characters, an 18-character one is returned when its check characters match. Empty for anything
// that is not a Salesforce id.
QString salesforceId18(QStringView id);

// What an external id is compared by: trimmed, and a Salesforce id in its 18-character form so that
// "001Ec00000FzlUd" and "001Ec00000FzlUdIAJ" match.
QString externalIdKey(QStringView id);

} // namespace csm::identity
