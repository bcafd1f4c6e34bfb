package org.troika.search.lucene;

import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.troika.search.domain.BadQueryException;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.SearchField;

/**
 * Troika's query language, read with Lucene's classic query parser: words (all must occur), "phrases", AND, OR,
 * NOT, -word, (brackets), prefix*, and the fields of {@link SearchField} ({@code by:France}, {@code cycle:2},
 * {@code theme:"death penalty"}, {@code year:[2010 TO 2014]}). Field values are checked and made canonical by
 * {@link FieldValues}; a query the parser cannot read, or a field it does not know, is a {@link BadQueryException}.
 */
final class QueryLanguage {

    private static final int MIN_PREFIX = 2;

    private final Analyzer analyzer;
    private final FieldValues values;

    QueryLanguage(Analyzer analyzer, FieldValues values) {
        this.analyzer = analyzer;
        this.values = values;
    }

    Query parse(String query) {
        if (query.isBlank() || query.equals("*") || query.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        Parser parser = new Parser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            // No regular expressions: a slash is text, as in document symbols such as A/HRC/28/10.
            return parser.parse(query.replace("/", "\\/"));
        } catch (ParseException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BadQueryException bad) {
                    throw bad;
                }
            }
            throw new BadQueryException("q", "Cannot read the query: " + explain(query, e));
        }
    }

    private static final java.util.regex.Pattern AT_COLUMN = java.util.regex.Pattern.compile("at line \\d+, column (\\d+)");

    /** Lucene's message said in the user's terms: what is out of place, and where. */
    private static String explain(String query, ParseException e) {
        String m = Optional.ofNullable(e.getMessage()).orElse("syntax error");
        if (m.contains("<EOF>")) {
            return "the query ends too early: an AND, OR, NOT, bracket, quote or field name is left open";
        }
        java.util.regex.Matcher at = AT_COLUMN.matcher(m);
        if (at.find()) {
            int column = Integer.parseInt(at.group(1));
            String what = column >= 1 && column <= query.length() ? "'" + query.charAt(column - 1) + "'" : "a token";
            return "unexpected " + what + " at character " + column
                    + " (put words in quotes to search for them as they are)";
        }
        int expecting = m.indexOf("Was expecting");
        return (expecting > 0 ? m.substring(0, expecting) : m).replaceFirst("^Cannot parse '.*?': ", "").replace('\n', ' ').strip();
    }

    private final class Parser extends QueryParser {

        Parser(Analyzer analyzer) {
            super(IndexSchema.TEXT, analyzer);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Optional<SearchField> known = field(field);
            if (known.isEmpty()) {
                return super.getFieldQuery(IndexSchema.TEXT, queryText, quoted);
            }
            SearchField f = known.get();
            if (f == SearchField.THEME) {
                return super.getFieldQuery(IndexSchema.THEME, queryText, quoted);
            }
            String value = canonical(f, queryText);
            if (f == SearchField.SDG && FieldValues.isSdgTarget(value)) {
                return new TermQuery(new Term(IndexSchema.SDG_TARGET, value));
            }
            return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, f.key(), value));
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (field(field).isPresent()) {
                throw wrap(new BadQueryException(field, "Prefix queries work on the text only, not on field '" + field + "'"));
            }
            if (termStr.length() < MIN_PREFIX) {
                throw wrap(new BadQueryException("q", "Prefix '" + termStr + "*' is too short: give at least " + MIN_PREFIX + " letters"));
            }
            // Stems are no words to complete: "discriminat*" must find "discriminatory", whose stem is "discriminatori".
            return new PrefixQuery(new Term(IndexSchema.WORDS, analyzer.normalize(IndexSchema.WORDS, termStr)));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) {
                return new MatchAllDocsQuery();
            }
            field(field);
            throw wrap(new BadQueryException("q", "Wildcards work only at the end of a word (prefix*); '" + termStr + "' has one elsewhere"));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (field(field).isPresent()) {
                throw wrap(new BadQueryException(field, "Fuzzy queries work on the text only, not on field '" + field + "'"));
            }
            return super.getFuzzyQuery(IndexSchema.WORDS, analyzer.normalize(IndexSchema.WORDS, termStr).utf8ToString(), minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw wrap(new BadQueryException("q", "Regular expressions (/.../) are not supported; put the text in quotes to search for it"));
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            Optional<SearchField> known = field(field);
            if (known.isEmpty() || known.get() != SearchField.YEAR) {
                throw wrap(new BadQueryException(field, "Ranges work on the year only, as in year:[2010 TO 2014]"));
            }
            int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : Integer.parseInt(canonical(SearchField.YEAR, part1));
            int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : Integer.parseInt(canonical(SearchField.YEAR, part2));
            if (!startInclusive && from != Integer.MIN_VALUE) {
                from++;
            }
            if (!endInclusive && to != Integer.MAX_VALUE) {
                to--;
            }
            return IntField.newRangeQuery(IndexSchema.YEAR, from, to);
        }

        /** Empty for the text itself, the field for a known name; an unknown name is the user's mistake. */
        private Optional<SearchField> field(String name) throws ParseException {
            if (name == null || name.equals(IndexSchema.TEXT)) {
                return Optional.empty();
            }
            Optional<SearchField> f = SearchField.byKey(name);
            if (f.isEmpty()) {
                throw wrap(new BadQueryException(name.toLowerCase(Locale.ROOT), "Unknown field '" + name + "': use one of "
                        + SearchField.keys() + " (or put the words in quotes to search for them)"));
            }
            return f;
        }

        private String canonical(SearchField field, String value) throws ParseException {
            try {
                return values.canonical(field, value);
            } catch (BadQueryException e) {
                throw wrap(e);
            }
        }

        private static ParseException wrap(BadQueryException e) {
            ParseException p = new ParseException(e.getMessage());
            p.initCause(e);
            return p;
        }
    }
}
