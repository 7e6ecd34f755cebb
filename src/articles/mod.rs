//! The eight audited articles: their metadata and, per article, a module with the verified
//! formulas as public functions followed by the article's claims.

use serde::Serialize;

use crate::claim::Claim;

pub mod bert_init;
pub mod cur;
pub mod ladder_side_tuning;
pub mod mushroom;
pub mod partitions;
pub mod r136a1;
pub mod scaling_law;
pub mod shared_embedding;

/// One audited article, named by its catalogue slug.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum ArticleId {
    Partitions,
    BertInit,
    SharedEmbedding,
    ScalingLaw,
    R136a1,
    Mushroom,
    Cur,
    LadderSideTuning,
}

impl From<ArticleId> for &'static str {
    fn from(id: ArticleId) -> &'static str {
        id.slug()
    }
}

/// What is known about one article.
#[derive(Debug)]
pub struct Article {
    pub id: ArticleId,
    pub title: &'static str,
    pub english_title: &'static str,
    pub url: &'static str,
    pub date: &'static str,
    /// How much of the article's text survives, as the catalogue says.
    pub source: &'static str,
}

impl ArticleId {
    /// Every article, in catalogue order.
    pub const ALL: [ArticleId; 8] = [
        ArticleId::Partitions,
        ArticleId::BertInit,
        ArticleId::SharedEmbedding,
        ArticleId::ScalingLaw,
        ArticleId::R136a1,
        ArticleId::Mushroom,
        ArticleId::Cur,
        ArticleId::LadderSideTuning,
    ];

    /// The catalogue's file name without `.md`.
    pub fn slug(self) -> &'static str {
        self.info().slug
    }

    /// The article with this slug.
    pub fn from_slug(slug: &str) -> Option<ArticleId> {
        ArticleId::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// Title, URL, date and source status.
    pub fn article(self) -> Article {
        let m = self.info();
        Article {
            id: self,
            title: m.title,
            english_title: m.english_title,
            url: m.url,
            date: m.date,
            source: m.source,
        }
    }

    fn info(self) -> &'static Meta {
        &METADATA[self as usize]
    }
}

struct Meta {
    slug: &'static str,
    title: &'static str,
    english_title: &'static str,
    url: &'static str,
    date: &'static str,
    source: &'static str,
}

/// In the order of [`ArticleId`]'s variants.
static METADATA: [Meta; 8] = [
    Meta {
        slug: "partitions",
        title: "生成函数法与整数的分拆",
        english_title: "Generating functions and integer partitions",
        url: "https://kexue.fm/archives/2942",
        date: "2014-09-16",
        source: "ordered section complete; unordered reconstructed",
    },
    Meta {
        slug: "bert-init",
        title: "模型优化漫谈：BERT的初始标准差为什么是0.02？",
        english_title: "Why is BERT's initial standard deviation 0.02?",
        url: "https://kexue.fm/archives/8747",
        date: "2021-11-08",
        source: "complete (with the initialisation article it relies on)",
    },
    Meta {
        slug: "shared-embedding",
        title: "语言模型输出端共享Embedding的重新探索",
        english_title: "Revisiting tied output embeddings in language models",
        url: "https://kexue.fm/archives/9698",
        date: "2023-07-20",
        source: "complete",
    },
    Meta {
        slug: "scaling-law",
        title: "基于量子化假设推导模型的尺度定律(Scaling Law)",
        english_title: "Deriving model scaling laws from the quantization hypothesis",
        url: "https://kexue.fm/archives/9607",
        date: "2023-05-18",
        source: "complete (from a public mirror; the article itself states no numeric exponents)",
    },
    Meta {
        slug: "r136a1",
        title: "R136a1,300倍太阳质量的怪兽星",
        english_title: "R136a1, the 300-solar-mass monster star",
        url: "https://kexue.fm/archives/769",
        date: "2010-07-29",
        source: "lost; reconstructed from the ESO press release it translates (eso1030)",
    },
    Meta {
        slug: "mushroom",
        title: "蘑菇的最优形状模型",
        english_title: "An optimal-shape model of the mushroom",
        url: "https://kexue.fm/archives/1339",
        date: "2010-04-30",
        source: "opening only (the optimisation problems are reconstructed or derived)",
    },
    Meta {
        slug: "cur",
        title: "利用CUR分解加速交互式相似度模型的检索",
        english_title: "Accelerating cross-encoder retrieval with the CUR decomposition",
        url: "https://kexue.fm/archives/9336",
        date: "2022-11-02",
        source: "complete",
    },
    Meta {
        slug: "ladder-side-tuning",
        title: "Ladder Side-Tuning：预训练模型的“过墙梯”",
        english_title: "Ladder Side-Tuning: a ladder over the wall for pre-trained models",
        url: "https://kexue.fm/archives/9138",
        date: "2022-06-20",
        source: "complete (prose and the CLUE table)",
    },
];

/// The registered claims of one article (empty for an article not yet implemented).
pub fn claims_of(article: ArticleId) -> &'static [Claim] {
    match article {
        ArticleId::Partitions => partitions::CLAIMS,
        ArticleId::BertInit => bert_init::CLAIMS,
        ArticleId::SharedEmbedding => shared_embedding::CLAIMS,
        ArticleId::ScalingLaw => scaling_law::CLAIMS,
        ArticleId::R136a1 => r136a1::CLAIMS,
        ArticleId::Mushroom => mushroom::CLAIMS,
        ArticleId::Cur => cur::CLAIMS,
        ArticleId::LadderSideTuning => ladder_side_tuning::CLAIMS,
    }
}
