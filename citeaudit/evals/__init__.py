"""Model evaluation: prompt suites, backends, response classifier, disparity statistics."""
