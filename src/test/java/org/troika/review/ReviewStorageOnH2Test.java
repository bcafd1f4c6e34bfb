package org.troika.review;

import org.troika.support.OnH2;

@OnH2
class ReviewStorageOnH2Test extends ReviewStorageContract {
}
