//! trame-ingest
