#pragma once

// The book's segmentation rules (DESIGN §6, issue 16 item 1), kept as SegmentationRules' JSON under the
// settings key `segmentation_rules`. A book without that key, or with rules of a newer version, is segmented
// by its two ARR thresholds.

#include "domain/Result.h"
#include "domain/Segmentation.h"

namespace csm {

class Book;

SegmentationRules segmentationRules(Book& book);
// Refuses rules that validate() finds a problem in (the first one's message); one transaction; announces a
// settings change.
Status saveSegmentationRules(Book& book, const SegmentationRules& rules);

} // namespace csm
