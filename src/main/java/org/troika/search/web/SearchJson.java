package org.troika.search.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.troika.search.domain.FacetCount;
import org.troika.search.domain.FacetResult;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;
import org.troika.state.StateRegistry;
import org.troika.web.StateRef;

@Schema(name = "SearchResult", description = "One page of hits, the facet counts over all hits, and how to go on")
record SearchJson(
        @Schema(example = "torture by:FRA") String query,
        @Schema(description = "Every hit, not only this page's") long total,
        @Schema(allowableValues = {"relevance", "date", "paragraph"}) String sort,
        List<HitJson> hits,
        @Schema(description = "Counts per facet value over all hits; a facet with chosen values is counted as if its own choice were not made")
        List<FacetJson> facets,
        @Schema(description = "The query with misspelt words corrected, when some word is in no recommendation", example = "torture")
        String suggestion,
        @Schema(description = "Pass as 'cursor' (with the same query, filters and sort) for the next page; null on the last page")
        String nextCursor) {

    @Schema(name = "SearchHit")
    record HitJson(long id, @Schema(example = "/recommendations/42") String url, StateRef stateUnderReview, int cycle, int session,
                   int year, String paragraph, List<StateRef> recommendingStates,
                   @Schema(allowableValues = {"supported", "noted", "pending"}) String response,
                   @Schema(description = "Best passages of the text, HTML-escaped, matched words in <mark>") String snippet,
                   float score) {

        static HitJson of(SearchHit h, StateRegistry states) {
            return new HitJson(h.id(), "/recommendations/" + h.id(), StateRef.of(states, h.stateUnderReview()), h.cycle(), h.session(),
                    h.year(), h.paragraph(), h.recommendingStates().stream().map(c -> StateRef.of(states, c)).toList(), h.response(),
                    h.snippet(), h.score());
        }
    }

    @Schema(name = "SearchFacet")
    record FacetJson(@Schema(example = "by") String field, @Schema(example = "Recommending State") String label, List<FacetCount> values) {

        static FacetJson of(FacetResult f) {
            return new FacetJson(f.field().key(), f.field().label(), f.values());
        }
    }

    static SearchJson of(SearchRequest request, SearchResult result, StateRegistry states) {
        return new SearchJson(request.query(), result.total(), request.sort().key(),
                result.hits().stream().map(h -> HitJson.of(h, states)).toList(),
                result.facets().stream().map(FacetJson::of).toList(), result.suggestion().orElse(null), result.nextCursor().orElse(null));
    }
}
