/** Word lists for the generated large profile: names, research topics in two phrasings, venues. */

export const NAME_HEADS =
  `Quill Marrow Tessel Vanta Orrin Kestrel Bramble Cinder Drift Ember Fathom Gossamer
Halcyon Ironwood Juniper Lumen Mistral Nimbus Obsidian Pallas Quartz Rook Sable Tundra Umber
Vesper Wren Yarrow Zephyr Aster Basalt Cobalt`.split(/\s+/);
export const NAME_TAILS =
  "fire gate loom stack wind forge weave path mint shard vault spark field helm ridge flow".split(
    " ",
  );

/** A domain: how a title names it, how a summary or a question may say it, and its tags. */
export interface Phrase {
  title: string;
  alt: string;
  tags: string[];
}

const phrases = (rows: string): Phrase[] =>
  rows
    .trim()
    .split("\n")
    .map((row) => {
      const [title = "", alt = "", tags = ""] = row.split("|").map((s) => s.trim());
      return { title, alt, tags: tags.split(",").map((t) => t.trim()) };
    });

export const DOMAINS = phrases(`
key-value stores | in-memory caches | kv, cache, memcached
RDMA fabrics | remote direct memory access networks | rdma, infiniband, roce
GPU clusters | accelerator farms | gpu, accelerators, cuda
serverless functions | function-as-a-service platforms | serverless, faas, lambda
CXL memory pools | disaggregated memory | cxl, memory pooling
video analytics | camera stream processing | video, cameras, vision
packet processing | network data planes | dataplane, dpdk, packets
distributed training | large model training jobs | training, deep learning
log-structured storage | append-only logs | lsm, logs, storage
stream processing | real-time event pipelines | streaming, kafka, events
container orchestration | Kubernetes clusters | kubernetes, containers, k8s
edge devices | IoT gateways | edge, iot, embedded
transactional databases | OLTP engines | oltp, transactions, sql
search engines | inverted indexes | search, indexing, retrieval
virtual machines | hypervisors | vm, virtualization, kvm
time-series stores | metrics databases | timeseries, metrics, monitoring
LLM inference | language model serving | llm, inference, serving
peer-to-peer overlays | decentralised networks | p2p, overlay, gossip
file systems | persistent storage layers | filesystem, posix, nvme
satellite links | space networks | satellite, leo, space`);

export const TECHNIQUES = phrases(`
Tail-latency reduction | cutting worst-case response times | tail latency, p99
Energy-aware scheduling | saving power when placing jobs | energy, power, green
Fault tolerance | surviving crashes and failures | failures, recovery, resilience
Compression | shrinking data on the wire | compression, encoding
Adaptive caching | keeping hot data close to the processor | caching, hit rate
Load balancing | spreading work evenly across servers | load balancing, hashing
Formal verification | proving correctness with model checking | verification, proofs, tla
Telemetry | fine-grained monitoring of every request | telemetry, observability, tracing
Performance isolation | keeping noisy neighbours apart | isolation, multi-tenancy, qos
Congestion control | avoiding network overload | congestion, transport, tcp
Zero-copy I/O | avoiding memory copies on the data path | zero-copy, io, buffers
Autoscaling | growing and shrinking capacity with demand | autoscaling, elasticity
Consistent replication | keeping copies in sync across regions | replication, consensus, raft
Secure enclaves | protecting data with trusted hardware | sgx, tee, confidential computing
Query optimization | choosing faster query plans | query planning, optimizer
Memory tiering | moving pages between fast and slow memory | tiering, numa, pages
Kernel bypass | user-space networking without the kernel | bypass, user space, ebpf
Carbon accounting | measuring the emissions of each job | carbon, emissions, sustainability
Straggler mitigation | handling slow workers in parallel jobs | stragglers, slow workers
Live migration | moving running workloads between hosts | migration, live`);

export const VENUES =
  `USENIX NSDI|ACM SIGCOMM|USENIX OSDI|ACM SOSP|ACM EuroSys|ACM ASPLOS|USENIX ATC|USENIX FAST|MLSys|ACM SoCC|ACM HotNets|VLDB|ACM SIGMOD|IEEE INFOCOM|ACM CoNEXT`.split(
    "|",
  );
export const EVENTS =
  `Systems Research Seminar at ETH Zurich|Networking Colloquium at MIT|Datacenter Summit in Lisbon|Open Source Infrastructure Days|CERN Computing Colloquium|Linux Plumbers Conference|KubeCon Europe|the Cloud Native Meetup in Berlin|the Alan Turing Institute Workshop|FOSDEM`.split(
    "|",
  );
export const ORGS =
  `Microsoft Research|Google Cloud|Meta Infrastructure|Nvidia Research|Intel Labs|IBM Research Zurich|Huawei Edinburgh Research Centre|Arm Research|Cloudflare|Broadcom`.split(
    "|",
  );
export const MENTORS =
  `Aisha Okonkwo|Bastian Lindqvist|Carmen Alvarado|Dmitri Volkonsky|Elif Sahin|Farhan Qureshi|Greta Moreau|Hiroshi Tanabe|Ines Carvalho|Jonas Wexler`.split(
    "|",
  );
export const UNIVERSITIES =
  `Queen Mary University of London|University of Cambridge|Imperial College London|University of Edinburgh`.split(
    "|",
  );
export const COURSES =
  `Operating Systems|Computer Networks|Distributed Systems|Parallel Programming|Cloud Computing|Computer Architecture|Network Security|Data Centre Design|Performance Engineering|Systems Programming in Rust`.split(
    "|",
  );
export const LANGUAGES = "C|C++|Rust|Go|Python|OCaml|Zig|Java".split("|");
export const ROLES_PAPER = ["First author", "Co-author", "Last author", "Corresponding author"];
export const ROLES_PROJECT = ["Lead developer", "Maintainer", "Contributor", "Co-creator"];
export const AWARDS =
  `Best Paper Award|Distinguished Artifact Award|Community Award|Best Student Paper Award|Test of Time Award`.split(
    "|",
  );
