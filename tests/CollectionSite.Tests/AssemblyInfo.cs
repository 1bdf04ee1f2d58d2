// Test fixtures run in parallel; tests inside one fixture run one after another unless a fixture says otherwise.
[assembly: NUnit.Framework.Parallelizable(NUnit.Framework.ParallelScope.Fixtures)]
[assembly: NUnit.Framework.LevelOfParallelism(2)]
