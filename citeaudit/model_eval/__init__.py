"""Model evaluation: prompt suites, generation backends, the response classifier, disparity statistics."""
