"""Reference k-means for `npm run bench`: scikit-learn's KMeans on the very
CIELAB values Hueprint clusters (written by the bench as raw float32 L,a,b
triples), with n_init=1 and the same iteration cap. Only fit() is timed;
prints one JSON object on stdout.

    /usr/bin/python3 sklearnKMeans.py LAB.f32 K MAX_ITER SEED REPEATS
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans


def main() -> None:
    path, k, max_iter, seed, repeats = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    lab = np.fromfile(path, dtype=np.float32).reshape(-1, 3)
    seconds = []
    model = None
    for _ in range(repeats):  # timing repeats of one seeded fit
        model = KMeans(n_clusters=k, n_init=1, max_iter=max_iter, init="k-means++", algorithm="lloyd", random_state=seed)
        start = time.perf_counter()
        model.fit(lab)
        seconds.append(time.perf_counter() - start)
    try:
        from threadpoolctl import threadpool_info

        threads = {info["internal_api"]: info["num_threads"] for info in threadpool_info()}
    except Exception:  # threadpoolctl is optional; the figure is informative only
        threads = {}
    print(json.dumps({
        "version": sklearn.__version__,
        "seconds": seconds,
        "centres": model.cluster_centers_.astype(float).ravel().tolist(),
        "inertia": float(model.inertia_),
        "iterations": int(model.n_iter_),
        "threads": threads,
    }))


if __name__ == "__main__":
    main()
