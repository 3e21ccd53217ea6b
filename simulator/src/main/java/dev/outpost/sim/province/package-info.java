/**
 * A province of units (counties, cities), each a scenario, planned and simulated as {@code demo}
 * plans and simulates one town: the province file and its reader ({@link dev.outpost.sim.province.ProvinceFile}),
 * the job split into pure, serialisable tasks ({@link dev.outpost.sim.province.ProvinceJob}), the
 * results gathered in a fixed order ({@link dev.outpost.sim.province.ProvinceResults}) and the files
 * written from them ({@link dev.outpost.sim.province.ProvinceOutputs}).
 */
package dev.outpost.sim.province;
