// The audio layer.
