package org.troika.review;

import org.troika.support.OnPostgres;

@OnPostgres
class ReviewStorageOnPostgresTest extends ReviewStorageContract {
}
