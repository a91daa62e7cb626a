//! The label inventories of SemEval-2023 Task 3, in a fixed order: models store
//! label indices, so the order is part of the model format.

/// The 23 persuasion techniques of subtask 3.
pub const TECHNIQUES: [&str; 23] = [
    "Appeal_to_Authority",
    "Appeal_to_Fear-Prejudice",
    "Appeal_to_Hypocrisy",
    "Appeal_to_Popularity",
    "Appeal_to_Time",
    "Appeal_to_Values",
    "Causal_Oversimplification",
    "Consequential_Oversimplification",
    "Conversation_Killer",
    "Doubt",
    "Exaggeration-Minimisation",
    "False_Dilemma-No_Choice",
    "Flag_Waving",
    "Guilt_by_Association",
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Obfuscation-Vagueness-Confusion",
    "Questioning_the_Reputation",
    "Red_Herring",
    "Repetition",
    "Slogans",
    "Straw_Man",
    "Whataboutism",
];

/// Genres of subtask 1.
pub const GENRES: [&str; 3] = ["opinion", "reporting", "satire"];

/// The 14 generic frames of subtask 2.
pub const FRAMES: [&str; 14] = [
    "Capacity_and_resources",
    "Crime_and_punishment",
    "Cultural_identity",
    "Economic",
    "External_regulation_and_reputation",
    "Fairness_and_equality",
    "Health_and_safety",
    "Legality_Constitutionality_and_jurisprudence",
    "Morality",
    "Policy_prescription_and_evaluation",
    "Political",
    "Public_opinion",
    "Quality_of_life",
    "Security_and_defense",
];

/// Languages with a shipped model.
pub const LANGUAGES: [&str; 3] = ["fr", "en", "ru"];

pub(crate) fn index_of(inventory: &[&str], name: &str) -> Option<usize> {
    inventory.iter().position(|label| *label == name)
}
