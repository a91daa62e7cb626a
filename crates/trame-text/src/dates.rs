//! Dates in the forms French, English, Russian, German, Spanish and Italian articles write them.
