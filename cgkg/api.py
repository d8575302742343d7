def open_graph(): pass
class Graph: pass
