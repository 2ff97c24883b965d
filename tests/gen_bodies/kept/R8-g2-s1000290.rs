// finding: R8-cancel-in-futures-join
// seed: 1000290
// expect `take 1 mid 1 cancel` => item 1 w2- w12x w6- gaveup w5x w7x t14 w15- t14. cancel
// expect `take 1 mid 2 cancel` => item 1 w2- w12x w6- gaveup w5x w7x t14 w15- t14. cancel
// expect `take 1 mid 3 cancel` => item 1 w2- w12x w6- w5- j5 gaveup w7x t14 w15- t14. cancel
// expect `take 2 mid 1 cancel` => item 1 w2- w12x w6- w5- j5 w7- j7 w8- item 9 w6- gaveup w5x w7x t14 w15- t14. cancel
// expect `take 2 mid 2 cancel` => item 1 w2- w12x w6- w5- j5 w7- j7 w8- item 9 w6- gaveup w5x w7x t14 w15- t14. cancel
// expect `take 2 mid 3 cancel` => item 1 w2- w12x w6- w5- j5 w7- j7 w8- item 9 w6- w5- j5 gaveup w7x t14 w15- t14. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t14");
        W::new(&ctx, 15, 0).await;
        ctx.log("t14.");
    }
    yield_!(1);
    futures::select! {
        _ = W::new(&ctx, 2, 0).fuse() => {
            let Some(v3) = ctx.opt(3, 0b10, 2) else {
                let mut c4 = 0;
                let b4: u32 = 'l4: loop {
                    c4 += 1;
                    if c4 > 3 { break 35; }
                    futures::join!(async { W::new(&ctx, 5, 2).await; ctx.log("j5"); }, W::new(&ctx, 6, 0), async { W::new(&ctx, 7, 3).await; ctx.log("j7"); });
                    W::new(&ctx, 8, 0).await;
                    yield_!(9);
                };
                ctx.log(format!("b4={b4}"));
                let mut c10 = 0;
                loop {
                    c10 += 1;
                    if c10 > 1 { break; }
                    ctx.log("s11");
                }
                return;
            };
            ctx.log(format!("L{v3}"));
        }
        _ = W::new(&ctx, 12, 2).fuse() => {
            ctx.log("s13");
        }
    }
}
