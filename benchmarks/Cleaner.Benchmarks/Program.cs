// Placeholder until the benchmark suite lands.
return 0;
