module "task" {
  source = "./modules/task"
}
