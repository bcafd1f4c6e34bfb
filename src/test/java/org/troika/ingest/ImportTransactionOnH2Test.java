package org.troika.ingest;

import org.troika.support.OnH2;

@OnH2
class ImportTransactionOnH2Test extends ImportTransactionContract {
}
