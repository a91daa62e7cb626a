//! The index schema: what is stored for display, what is indexed per
//! language for text search, and which fast columns serve filters, facets
//! and sorting.

use tantivy::schema::{
    DateOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    FAST, INDEXED, STORED, STRING,
};

use crate::analysis::{Analysis, KEY_ANALYZER};

/// Names of the fast columns read by the collectors.
pub(crate) mod column {
    pub(crate) const SEQ: &str = "seq";
    pub(crate) const PUBLISHED_AT: &str = "published_at";
    pub(crate) const OUTLET: &str = "outlet";
    pub(crate) const LANGUAGE: &str = "language";
    pub(crate) const LABEL: &str = "label";
    /// `"{id}\u{1f}{name}"` per entity, so one column gives both.
    pub(crate) const ENTITY: &str = "entity";
    pub(crate) const SOURCE_KIND: &str = "source_kind";
    pub(crate) const TECHNIQUE: &str = "technique";
    pub(crate) const MONTH: &str = "month";
}

/// Separates an entity's id from its name in the `entity` column.
pub(crate) const ENTITY_NAME_SEPARATOR: char = '\u{1f}';

/// The fields of the schema, resolved once.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub(crate) id: Field,
    pub(crate) seq: Field,
    /// Stored only: what hits display.
    pub(crate) title: Field,
    pub(crate) text: Field,
    pub(crate) published: Field,
    /// Indexed, per [`Analysis`] (in [`Analysis::ALL`] order).
    pub(crate) title_by_analysis: [Field; 4],
    pub(crate) text_by_analysis: [Field; 4],
    pub(crate) language: Field,
    /// Indexed lowercased for the filter, fast as written for the facet.
    pub(crate) outlet: Field,
    pub(crate) published_at: Field,
    pub(crate) month: Field,
    /// Lookup keys of entities: `id:12`, `qid:q7747`, `name:…`, lowercased.
    pub(crate) entity_key: Field,
    pub(crate) entity: Field,
    pub(crate) label: Field,
    pub(crate) speaker_key: Field,
    pub(crate) source_kind: Field,
    pub(crate) technique: Field,
}

impl Fields {
    /// Builds the schema. It is deterministic, so an index built by this
    /// code compares equal to it and its field ids are these.
    pub(crate) fn build() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let analysed = |analysis: Analysis| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analysis.analyzer_name())
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let key = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(KEY_ANALYZER)
                .set_index_option(IndexRecordOption::Basic)
                .set_fieldnorms(false),
        );
        let exact_facet = STRING | FAST;

        let id = builder.add_text_field("id", STRING | STORED);
        let seq = builder.add_u64_field(column::SEQ, NumericOptions::default().set_fast());
        let title = builder.add_text_field("title", STORED);
        let text = builder.add_text_field("text", STORED);
        let published = builder.add_text_field("published", STORED);
        let title_by_analysis = Analysis::ALL.map(|analysis| {
            builder.add_text_field(&format!("title_{}", analysis.suffix()), analysed(analysis))
        });
        let text_by_analysis = Analysis::ALL.map(|analysis| {
            builder.add_text_field(&format!("text_{}", analysis.suffix()), analysed(analysis))
        });
        let language = builder.add_text_field(column::LANGUAGE, exact_facet.clone() | STORED);
        let outlet =
            builder.add_text_field(column::OUTLET, key.clone().set_fast("raw").set_stored());
        let published_at =
            builder.add_date_field(column::PUBLISHED_AT, DateOptions::from(INDEXED).set_fast());
        let month = builder.add_text_field(column::MONTH, exact_facet.clone());
        let entity_key = builder.add_text_field("entity_key", key.clone());
        let entity = builder.add_text_field(column::ENTITY, TextOptions::from(FAST));
        let label = builder.add_text_field(column::LABEL, exact_facet.clone());
        let speaker_key = builder.add_text_field("speaker_key", key);
        let source_kind = builder.add_text_field(column::SOURCE_KIND, exact_facet.clone());
        let technique = builder.add_text_field(column::TECHNIQUE, exact_facet);
        let fields = Fields {
            id,
            seq,
            title,
            text,
            published,
            title_by_analysis,
            text_by_analysis,
            language,
            outlet,
            published_at,
            month,
            entity_key,
            entity,
            label,
            speaker_key,
            source_kind,
            technique,
        };
        (builder.build(), fields)
    }
}
