"""The plain character n-gram baseline for persuasion techniques, by nested
cross-validation, to compare with `signals_cv` (paragraph-level micro-F1).

The recipe: char_wb 2-5-gram tf-idf (sublinear tf, min_df 2), one
logistic regression (C = 4) per technique, one probability cut shared by all
techniques, chosen for micro-F1 on inner 4-fold out-of-fold scores of each
outer training part. Folds are by article (GroupKFold), as in `signals_cv`.

Needs numpy and scikit-learn. Usage, from the project root:

    python tools/signals/sklearn_baseline.py fr [../shared/data/persuasion/semeval2023]
"""

import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold


def load(root, lang):
    base = f"{root}/{lang}"
    rows = []
    with open(f"{base}/train-labels-subtask-3.txt", encoding="utf8") as labels:
        for line in labels:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            techniques = [t for t in (parts[2] if len(parts) > 2 else "").split(",") if t]
            rows.append((parts[0], int(parts[1]), techniques))
    lines = {}
    texts = []
    for article, number, _ in rows:
        if article not in lines:
            with open(f"{base}/train-articles-subtask-3/article{article}.txt", encoding="utf8") as f:
                lines[article] = f.read().split("\n")
        paragraph = lines[article]
        texts.append(paragraph[number - 1] if number - 1 < len(paragraph) else "")
    names = sorted({t for _, _, ts in rows for t in ts})
    gold = np.array([[n in ts for n in names] for _, _, ts in rows], dtype=int)
    groups = np.array([a for a, _, _ in rows])
    return texts, gold, groups


def micro_f1(predicted, gold):
    tp = (predicted & gold).sum()
    precision = tp / max(predicted.sum(), 1)
    recall = tp / max(gold.sum(), 1)
    return 2 * precision * recall / max(precision + recall, 1e-9)


def scores(texts, gold, train, test):
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    x_train = vectorizer.fit_transform([texts[i] for i in train])
    x_test = vectorizer.transform([texts[i] for i in test])
    out = np.zeros((len(test), gold.shape[1]))
    for j in range(gold.shape[1]):
        y = gold[train, j]
        if y.sum() > 0:
            model = LogisticRegression(C=4, max_iter=1000).fit(x_train, y)
            out[:, j] = model.predict_proba(x_test)[:, 1]
    return out


def main():
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    root = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/persuasion/semeval2023"
    texts, gold, groups = load(root, lang)
    predicted = np.zeros(gold.shape, dtype=int)
    for train, test in GroupKFold(5).split(texts, gold, groups):
        inner = np.zeros((len(train), gold.shape[1]))
        for inner_train, inner_test in GroupKFold(4).split(train, gold[train], groups[train]):
            inner[inner_test] = scores(texts, gold, train[inner_train], train[inner_test])
        cuts = np.arange(0.05, 0.5, 0.01)
        cut = max(cuts, key=lambda c: micro_f1((inner >= c).astype(int), gold[train]))
        predicted[test] = (scores(texts, gold, train, test) >= cut).astype(int)
        print(f"fold cut {cut:.2f}", flush=True)
    print(f"{lang}: nested 5-fold micro F1 {micro_f1(predicted, gold):.3f}")


if __name__ == "__main__":
    main()
