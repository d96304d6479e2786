// The render layer: plan → speech → audio → output files.
