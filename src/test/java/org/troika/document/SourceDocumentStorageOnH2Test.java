package org.troika.document;

import org.troika.support.OnH2;

@OnH2
class SourceDocumentStorageOnH2Test extends SourceDocumentStorageContract {
}
