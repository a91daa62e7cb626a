//! Thin command line over the trame-ner library until `trame train ner` exists.
//!
//! ner train --lang fr --train FILE [--split-tune 0.15] [--dev FILE] [--epochs N]
//!           [--decoder viterbi|greedy] [--unlabelled PATH,PATH…] [--final] --out FILE
//!   --unlabelled: text for word clusters besides the training sentences; `.txt` files
//!   and directories of them are plain text, other files column formats.
//!   --final: after reporting on the tune split, retrain on all sentences for the
//!   best epoch count.
//! ner eval --model FILE FILE
//! ner bench --model FILE FILE

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use trame_ner::{
    evaluate, read_conll, split_by_hash, tokenize_plain, tokens_from_columns, train,
    ClusterOptions, Clusters, Decoder, Model, Sentence, TrainOptions,
};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn load(path: &str) -> Result<Vec<Sentence>> {
    Ok(read_conll(BufReader::new(
        File::open(path).map_err(|e| format!("{path}: {e}"))?,
    ))?)
}

/// Value of `--name`, if given.
fn opt<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn required<'a>(args: &'a [String], name: &str) -> Result<&'a str> {
    opt(args, name).ok_or_else(|| format!("missing {name}").into())
}

/// Tokenised sentences of the unlabelled sources.
fn unlabelled(paths: &str) -> Result<Vec<Vec<String>>> {
    let mut out = Vec::new();
    for path in paths.split(',').filter(|p| !p.is_empty()) {
        let meta = std::fs::metadata(path).map_err(|e| format!("{path}: {e}"))?;
        let files: Vec<std::path::PathBuf> = if meta.is_dir() {
            let mut f: Vec<_> = std::fs::read_dir(path)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            f.sort();
            f
        } else {
            vec![path.into()]
        };
        for file in files {
            if file.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&file)?;
                out.extend(text.lines().map(tokenize_plain).filter(|s| !s.is_empty()));
            } else {
                out.extend(tokens_from_columns(BufReader::new(File::open(&file)?))?);
            }
        }
    }
    Ok(out)
}

fn cmd_train(args: &[String]) -> Result<()> {
    let lang = opt(args, "--lang").unwrap_or("?");
    let mut sentences = load(required(args, "--train")?)?;
    let mut dev = match opt(args, "--dev") {
        Some(p) => Some(load(p)?),
        None => None,
    };
    if let Some(fraction) = opt(args, "--split-tune") {
        let (train_part, tune) = split_by_hash(&sentences, fraction.parse()?);
        eprintln!(
            "split: {} train / {} tune sentences",
            train_part.len(),
            tune.len()
        );
        sentences = train_part;
        dev = Some(tune);
    }
    let mut opts = TrainOptions::default();
    if let Some(e) = opt(args, "--epochs") {
        opts.epochs = e.parse()?;
    }
    if let Some(p) = opt(args, "--prune") {
        opts.prune_below = p.parse()?;
    }
    opts.decoder = match opt(args, "--decoder").unwrap_or("viterbi") {
        "greedy" => Decoder::Greedy,
        "viterbi" => Decoder::Viterbi,
        d => return Err(format!("unknown decoder {d}").into()),
    };
    if let Some(paths) = opt(args, "--unlabelled") {
        let start = Instant::now();
        let mut text = unlabelled(paths)?;
        // The training file's own sentences, tune split included: their tags are not used.
        text.extend(
            load(required(args, "--train")?)?
                .into_iter()
                .map(|s| s.tokens),
        );
        let n_tokens: usize = text.iter().map(Vec::len).sum();
        let clusters = Clusters::learn(&text, &ClusterOptions::default());
        eprintln!(
            "clusters: {} words from {n_tokens} tokens in {:.1}s",
            clusters.len(),
            start.elapsed().as_secs_f64()
        );
        opts.clusters = Some(clusters);
    }
    let start = Instant::now();
    let model = train(&sentences, dev.as_deref(), &opts, &mut |line| {
        eprintln!("[{lang}] {line}")
    });
    eprintln!(
        "trained in {:.1}s, {} feature rows",
        start.elapsed().as_secs_f64(),
        model.n_features()
    );
    if let Some(dev) = &dev {
        println!("{}", evaluate(&model, dev));
    }
    let model = if args.iter().any(|a| a == "--final") {
        let all = load(required(args, "--train")?)?;
        eprintln!(
            "final model: retraining on all {} sentences for {} epochs",
            all.len(),
            opts.epochs
        );
        train(&all, None, &opts, &mut |line| eprintln!("[{lang}] {line}"))
    } else {
        model
    };
    let out = required(args, "--out")?;
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes)?;
    eprintln!("wrote {out}: {:.2} MB", bytes.len() as f64 / 1e6);
    Ok(())
}

fn load_model(args: &[String]) -> Result<Model> {
    let path = required(args, "--model")?;
    Ok(Model::from_bytes(
        &std::fs::read(path).map_err(|e| format!("{path}: {e}"))?,
    )?)
}

/// The data file: the last argument that is not an option's value.
fn data_file(args: &[String]) -> Result<&str> {
    args.last()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .ok_or_else(|| "missing data file".into())
}

fn cmd_eval(args: &[String]) -> Result<()> {
    let model = load_model(args)?;
    println!("{}", evaluate(&model, &load(data_file(args)?)?));
    Ok(())
}

fn cmd_bench(args: &[String]) -> Result<()> {
    let start = Instant::now();
    let model = load_model(args)?;
    eprintln!(
        "model loaded in {:.0} ms, {:.1} MB in memory",
        start.elapsed().as_secs_f64() * 1e3,
        model.memory_bytes() as f64 / 1e6
    );
    let sentences = load(data_file(args)?)?;
    let sentences: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let n_tokens: usize = sentences.iter().map(Vec::len).sum();
    let mut entities = 0;
    let start = Instant::now();
    let mut rounds = 0;
    while rounds == 0 || start.elapsed().as_secs_f64() < 3.0 {
        for s in &sentences {
            entities += trame_ner::spans(&model.tag(s)).len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} tokens x {rounds} in {secs:.2}s on one thread: {:.0} tokens/s ({} entities)",
        n_tokens,
        (n_tokens * rounds) as f64 / secs,
        entities / rounds
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("train") => cmd_train(&args[1..]),
        Some("eval") => cmd_eval(&args[1..]),
        Some("bench") => cmd_bench(&args[1..]),
        _ => Err("usage: ner train|eval|bench …".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
