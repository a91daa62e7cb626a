//! trame-pipeline
