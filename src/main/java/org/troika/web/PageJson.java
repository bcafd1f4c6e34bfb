package org.troika.web;

import java.util.List;
import org.troika.shared.Page;

/** One page of a list in the API, with what a client needs to page on. */
public record PageJson<T>(List<T> items, int page, int size, long total, int pages) {

    public static <T> PageJson<T> of(Page<T> page) {
        return new PageJson<>(page.items(), page.page(), page.size(), page.total(), page.pages());
    }
}
