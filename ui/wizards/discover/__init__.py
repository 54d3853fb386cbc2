"""« Découvrir ce que je sais faire »: from what a person has lived to skills graded in plain sentences."""
