//! Sentence and token segmentation.
